import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`fields_of_action_subtopics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fields_of_action_subtopics_order_idx\` ON \`fields_of_action_subtopics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_subtopics_parent_id_idx\` ON \`fields_of_action_subtopics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fields_of_action_subtopics_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fields_of_action_subtopics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fields_of_action_subtopics_locales_locale_parent_id_unique\` ON \`fields_of_action_subtopics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fields_of_action_focus_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fields_of_action_focus_areas_order_idx\` ON \`fields_of_action_focus_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_focus_areas_parent_id_idx\` ON \`fields_of_action_focus_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fields_of_action_focus_areas_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fields_of_action_focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fields_of_action_focus_areas_locales_locale_parent_id_unique\` ON \`fields_of_action_focus_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fields_of_action\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`order\` numeric,
  	\`cross_cutting\` integer DEFAULT false,
  	\`key\` text,
  	\`admin_title\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fields_of_action_slug_idx\` ON \`fields_of_action\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`fields_of_action_key_idx\` ON \`fields_of_action\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_admin_title_idx\` ON \`fields_of_action\` (\`admin_title\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_updated_at_idx\` ON \`fields_of_action\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_created_at_idx\` ON \`fields_of_action\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action__status_idx\` ON \`fields_of_action\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`fields_of_action_locales\` (
  	\`name\` text,
  	\`intro\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fields_of_action_locales_locale_parent_id_unique\` ON \`fields_of_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fields_of_action_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fields_of_action_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fields_of_action_rels_order_idx\` ON \`fields_of_action_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_rels_parent_idx\` ON \`fields_of_action_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_rels_path_idx\` ON \`fields_of_action_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fields_of_action_rels_fields_of_action_id_idx\` ON \`fields_of_action_rels\` (\`fields_of_action_id\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v_version_subtopics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fields_of_action_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_subtopics_order_idx\` ON \`_fields_of_action_v_version_subtopics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_subtopics_parent_id_idx\` ON \`_fields_of_action_v_version_subtopics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v_version_subtopics_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fields_of_action_v_version_subtopics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fields_of_action_v_version_subtopics_locales_locale_parent_\` ON \`_fields_of_action_v_version_subtopics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v_version_focus_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fields_of_action_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_focus_areas_order_idx\` ON \`_fields_of_action_v_version_focus_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_focus_areas_parent_id_idx\` ON \`_fields_of_action_v_version_focus_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v_version_focus_areas_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fields_of_action_v_version_focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fields_of_action_v_version_focus_areas_locales_locale_paren\` ON \`_fields_of_action_v_version_focus_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_order\` numeric,
  	\`version_cross_cutting\` integer DEFAULT false,
  	\`version_key\` text,
  	\`version_admin_title\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_parent_idx\` ON \`_fields_of_action_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_version_slug_idx\` ON \`_fields_of_action_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_version_key_idx\` ON \`_fields_of_action_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_version_admin_title_idx\` ON \`_fields_of_action_v\` (\`version_admin_title\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_version_updated_at_idx\` ON \`_fields_of_action_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_version_created_at_idx\` ON \`_fields_of_action_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_version_version__status_idx\` ON \`_fields_of_action_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_created_at_idx\` ON \`_fields_of_action_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_updated_at_idx\` ON \`_fields_of_action_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_snapshot_idx\` ON \`_fields_of_action_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_published_locale_idx\` ON \`_fields_of_action_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_latest_idx\` ON \`_fields_of_action_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v_locales\` (
  	\`version_name\` text,
  	\`version_intro\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fields_of_action_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_fields_of_action_v_locales_locale_parent_id_unique\` ON \`_fields_of_action_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fields_of_action_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fields_of_action_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fields_of_action_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_rels_order_idx\` ON \`_fields_of_action_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_rels_parent_idx\` ON \`_fields_of_action_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_rels_path_idx\` ON \`_fields_of_action_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fields_of_action_v_rels_fields_of_action_id_idx\` ON \`_fields_of_action_v_rels\` (\`fields_of_action_id\`);`)
  await db.run(sql`CREATE TABLE \`goals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field_of_action_id\` integer,
  	\`group\` text DEFAULT 'field',
  	\`number\` numeric,
  	\`label\` text,
  	\`key\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`field_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_field_of_action_idx\` ON \`goals\` (\`field_of_action_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`goals_key_idx\` ON \`goals\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goals__status_idx\` ON \`goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`goals_locales\` (
  	\`text\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`goals_locales_locale_parent_id_unique\` ON \`goals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_field_of_action_id\` integer,
  	\`version_group\` text DEFAULT 'field',
  	\`version_number\` numeric,
  	\`version_label\` text,
  	\`version_key\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_field_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_parent_idx\` ON \`_goals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_field_of_action_idx\` ON \`_goals_v\` (\`version_field_of_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_key_idx\` ON \`_goals_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_updated_at_idx\` ON \`_goals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_created_at_idx\` ON \`_goals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version__status_idx\` ON \`_goals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_created_at_idx\` ON \`_goals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_updated_at_idx\` ON \`_goals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_snapshot_idx\` ON \`_goals_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_published_locale_idx\` ON \`_goals_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_latest_idx\` ON \`_goals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_locales\` (
  	\`version_text\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_goals_v_locales_locale_parent_id_unique\` ON \`_goals_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`field_of_action_id\` integer,
  	\`kind\` text DEFAULT 'measure',
  	\`number\` numeric,
  	\`eligible_for_funding\` integer DEFAULT false,
  	\`order\` numeric,
  	\`key\` text,
  	\`admin_title\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`field_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`measures_slug_idx\` ON \`measures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`measures_field_of_action_idx\` ON \`measures\` (\`field_of_action_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`measures_key_idx\` ON \`measures\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`measures_admin_title_idx\` ON \`measures\` (\`admin_title\`);`)
  await db.run(sql`CREATE INDEX \`measures_updated_at_idx\` ON \`measures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`measures_created_at_idx\` ON \`measures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`measures__status_idx\` ON \`measures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`measures_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`contact_text\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`measures_locales_locale_parent_id_unique\` ON \`measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`measures_rels_order_idx\` ON \`measures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_parent_idx\` ON \`measures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_path_idx\` ON \`measures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_offices_id_idx\` ON \`measures_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_field_of_action_id\` integer,
  	\`version_kind\` text DEFAULT 'measure',
  	\`version_number\` numeric,
  	\`version_eligible_for_funding\` integer DEFAULT false,
  	\`version_order\` numeric,
  	\`version_key\` text,
  	\`version_admin_title\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_field_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_measures_v_parent_idx\` ON \`_measures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_slug_idx\` ON \`_measures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_field_of_action_idx\` ON \`_measures_v\` (\`version_field_of_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_key_idx\` ON \`_measures_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_admin_title_idx\` ON \`_measures_v\` (\`version_admin_title\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_updated_at_idx\` ON \`_measures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_created_at_idx\` ON \`_measures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version__status_idx\` ON \`_measures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_created_at_idx\` ON \`_measures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_updated_at_idx\` ON \`_measures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_snapshot_idx\` ON \`_measures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_published_locale_idx\` ON \`_measures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_latest_idx\` ON \`_measures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_contact_text\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_measures_v_locales_locale_parent_id_unique\` ON \`_measures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_order_idx\` ON \`_measures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_parent_idx\` ON \`_measures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_path_idx\` ON \`_measures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_offices_id_idx\` ON \`_measures_v_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE TABLE \`offices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`variants\` text,
  	\`key\` text,
  	\`admin_title\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`offices_code_idx\` ON \`offices\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`offices_slug_idx\` ON \`offices\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`offices_key_idx\` ON \`offices\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`offices_admin_title_idx\` ON \`offices\` (\`admin_title\`);`)
  await db.run(sql`CREATE INDEX \`offices_updated_at_idx\` ON \`offices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offices_created_at_idx\` ON \`offices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offices__status_idx\` ON \`offices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`offices_locales\` (
  	\`name\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`offices_locales_locale_parent_id_unique\` ON \`offices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_variants\` text,
  	\`version_key\` text,
  	\`version_admin_title\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_offices_v_parent_idx\` ON \`_offices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_code_idx\` ON \`_offices_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_slug_idx\` ON \`_offices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_key_idx\` ON \`_offices_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_admin_title_idx\` ON \`_offices_v\` (\`version_admin_title\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_updated_at_idx\` ON \`_offices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_created_at_idx\` ON \`_offices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version__status_idx\` ON \`_offices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_created_at_idx\` ON \`_offices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_updated_at_idx\` ON \`_offices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_snapshot_idx\` ON \`_offices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_published_locale_idx\` ON \`_offices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_latest_idx\` ON \`_offices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_offices_v_locales\` (
  	\`version_name\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_offices_v_locales_locale_parent_id_unique\` ON \`_offices_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_facts_order_idx\` ON \`pages_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_facts_parent_id_idx\` ON \`pages_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_facts_locales\` (
  	\`label\` text,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_facts_locales_locale_parent_id_unique\` ON \`pages_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_signatories_order_idx\` ON \`pages_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_signatories_parent_id_idx\` ON \`pages_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_signatories_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_signatories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_signatories_locales_locale_parent_id_unique\` ON \`pages_signatories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`parent_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`image_id\` integer,
  	\`key\` text,
  	\`admin_title\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_image_idx\` ON \`pages\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_key_idx\` ON \`pages\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`pages_admin_title_idx\` ON \`pages\` (\`admin_title\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`subtitle\` text,
  	\`body\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_facts_order_idx\` ON \`_pages_v_version_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_facts_parent_id_idx\` ON \`_pages_v_version_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_facts_locales\` (
  	\`label\` text,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_facts_locales_locale_parent_id_unique\` ON \`_pages_v_version_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_signatories_order_idx\` ON \`_pages_v_version_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_signatories_parent_id_idx\` ON \`_pages_v_version_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_signatories_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_signatories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_signatories_locales_locale_parent_id_unique\` ON \`_pages_v_version_signatories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_parent_id\` integer,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_image_id\` integer,
  	\`version_key\` text,
  	\`version_admin_title\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_image_idx\` ON \`_pages_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_key_idx\` ON \`_pages_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_admin_title_idx\` ON \`_pages_v\` (\`version_admin_title\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_body\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`date\` text,
  	\`publisher\` text,
  	\`image_id\` integer,
  	\`key\` text,
  	\`admin_title\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_key_idx\` ON \`news\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`news_admin_title_idx\` ON \`news\` (\`admin_title\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_publisher\` text,
  	\`version_image_id\` integer,
  	\`version_key\` text,
  	\`version_admin_title\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_key_idx\` ON \`_news_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_admin_title_idx\` ON \`_news_v\` (\`version_admin_title\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_w400avif_url\` text,
  	\`sizes_w400avif_width\` numeric,
  	\`sizes_w400avif_height\` numeric,
  	\`sizes_w400avif_mime_type\` text,
  	\`sizes_w400avif_filesize\` numeric,
  	\`sizes_w400avif_filename\` text,
  	\`sizes_w400webp_url\` text,
  	\`sizes_w400webp_width\` numeric,
  	\`sizes_w400webp_height\` numeric,
  	\`sizes_w400webp_mime_type\` text,
  	\`sizes_w400webp_filesize\` numeric,
  	\`sizes_w400webp_filename\` text,
  	\`sizes_w400_url\` text,
  	\`sizes_w400_width\` numeric,
  	\`sizes_w400_height\` numeric,
  	\`sizes_w400_mime_type\` text,
  	\`sizes_w400_filesize\` numeric,
  	\`sizes_w400_filename\` text,
  	\`sizes_w800avif_url\` text,
  	\`sizes_w800avif_width\` numeric,
  	\`sizes_w800avif_height\` numeric,
  	\`sizes_w800avif_mime_type\` text,
  	\`sizes_w800avif_filesize\` numeric,
  	\`sizes_w800avif_filename\` text,
  	\`sizes_w800webp_url\` text,
  	\`sizes_w800webp_width\` numeric,
  	\`sizes_w800webp_height\` numeric,
  	\`sizes_w800webp_mime_type\` text,
  	\`sizes_w800webp_filesize\` numeric,
  	\`sizes_w800webp_filename\` text,
  	\`sizes_w800_url\` text,
  	\`sizes_w800_width\` numeric,
  	\`sizes_w800_height\` numeric,
  	\`sizes_w800_mime_type\` text,
  	\`sizes_w800_filesize\` numeric,
  	\`sizes_w800_filename\` text,
  	\`sizes_w1200avif_url\` text,
  	\`sizes_w1200avif_width\` numeric,
  	\`sizes_w1200avif_height\` numeric,
  	\`sizes_w1200avif_mime_type\` text,
  	\`sizes_w1200avif_filesize\` numeric,
  	\`sizes_w1200avif_filename\` text,
  	\`sizes_w1200webp_url\` text,
  	\`sizes_w1200webp_width\` numeric,
  	\`sizes_w1200webp_height\` numeric,
  	\`sizes_w1200webp_mime_type\` text,
  	\`sizes_w1200webp_filesize\` numeric,
  	\`sizes_w1200webp_filename\` text,
  	\`sizes_w1200_url\` text,
  	\`sizes_w1200_width\` numeric,
  	\`sizes_w1200_height\` numeric,
  	\`sizes_w1200_mime_type\` text,
  	\`sizes_w1200_filesize\` numeric,
  	\`sizes_w1200_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w400avif_sizes_w400avif_filename_idx\` ON \`media\` (\`sizes_w400avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w400webp_sizes_w400webp_filename_idx\` ON \`media\` (\`sizes_w400webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w400_sizes_w400_filename_idx\` ON \`media\` (\`sizes_w400_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800avif_sizes_w800avif_filename_idx\` ON \`media\` (\`sizes_w800avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800webp_sizes_w800webp_filename_idx\` ON \`media\` (\`sizes_w800webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800_sizes_w800_filename_idx\` ON \`media\` (\`sizes_w800_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200avif_sizes_w1200avif_filename_idx\` ON \`media\` (\`sizes_w1200avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200webp_sizes_w1200webp_filename_idx\` ON \`media\` (\`sizes_w1200webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200_sizes_w1200_filename_idx\` ON \`media\` (\`sizes_w1200_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`duration_seconds\` numeric,
  	\`poster_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_filename_idx\` ON \`videos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`videos_locales\` (
  	\`title\` text,
  	\`captions_id\` integer,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`video_captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_captions_idx\` ON \`videos_locales\` (\`captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_locales_locale_parent_id_unique\` ON \`videos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`video_captions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`video_captions_updated_at_idx\` ON \`video_captions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`video_captions_created_at_idx\` ON \`video_captions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`video_captions_filename_idx\` ON \`video_captions\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`glossary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`key\` text,
  	\`admin_title\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_slug_idx\` ON \`glossary\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_key_idx\` ON \`glossary\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`glossary_admin_title_idx\` ON \`glossary\` (\`admin_title\`);`)
  await db.run(sql`CREATE INDEX \`glossary_updated_at_idx\` ON \`glossary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_created_at_idx\` ON \`glossary\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary__status_idx\` ON \`glossary\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`glossary_locales\` (
  	\`term\` text,
  	\`forms\` text,
  	\`explanation\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_locales_locale_parent_id_unique\` ON \`glossary_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_key\` text,
  	\`version_admin_title\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_v_parent_idx\` ON \`_glossary_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_slug_idx\` ON \`_glossary_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_key_idx\` ON \`_glossary_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_admin_title_idx\` ON \`_glossary_v\` (\`version_admin_title\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_updated_at_idx\` ON \`_glossary_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_created_at_idx\` ON \`_glossary_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version__status_idx\` ON \`_glossary_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_created_at_idx\` ON \`_glossary_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_updated_at_idx\` ON \`_glossary_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_snapshot_idx\` ON \`_glossary_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_published_locale_idx\` ON \`_glossary_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_latest_idx\` ON \`_glossary_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_v_locales\` (
  	\`version_term\` text,
  	\`version_forms\` text,
  	\`version_explanation\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_v_locales_locale_parent_id_unique\` ON \`_glossary_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_sections_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`german_label\` text,
  	\`required\` integer DEFAULT false,
  	\`marker_page\` numeric,
  	\`marker_x\` numeric,
  	\`marker_y\` numeric,
  	\`marker_width\` numeric,
  	\`marker_height\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_sections_fields_order_idx\` ON \`forms_sections_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_sections_fields_parent_id_idx\` ON \`forms_sections_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_sections_fields_locales\` (
  	\`explanation\` text,
  	\`example\` text,
  	\`format\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_sections_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_sections_fields_locales_locale_parent_id_unique\` ON \`forms_sections_fields_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`german_heading\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_sections_order_idx\` ON \`forms_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_sections_parent_id_idx\` ON \`forms_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_sections_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_sections_locales_locale_parent_id_unique\` ON \`forms_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_bring\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_bring_order_idx\` ON \`forms_bring\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_bring_parent_id_idx\` ON \`forms_bring\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_bring_locales\` (
  	\`item\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_bring\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_bring_locales_locale_parent_id_unique\` ON \`forms_bring_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`form_page_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_pages_order_idx\` ON \`forms_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_pages_parent_id_idx\` ON \`forms_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_pages_image_idx\` ON \`forms_pages\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`german_title\` text,
  	\`form_number\` text,
  	\`edition\` text,
  	\`office_id\` integer,
  	\`contact\` text,
  	\`pdf_id\` integer,
  	\`code\` text,
  	\`lifecycle\` text DEFAULT 'current',
  	\`successor_id\` integer,
  	\`is_example\` integer DEFAULT false,
  	\`key\` text,
  	\`translation_tracking\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`form_pdfs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_office_idx\` ON \`forms\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_pdf_idx\` ON \`forms\` (\`pdf_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_code_idx\` ON \`forms\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`forms_successor_idx\` ON \`forms\` (\`successor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_key_idx\` ON \`forms\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`forms_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`translation_state\` text DEFAULT 'in-progress',
  	\`translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_locales_locale_parent_id_unique\` ON \`forms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_sections_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`german_label\` text,
  	\`required\` integer DEFAULT false,
  	\`marker_page\` numeric,
  	\`marker_x\` numeric,
  	\`marker_y\` numeric,
  	\`marker_width\` numeric,
  	\`marker_height\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_sections_fields_order_idx\` ON \`_forms_v_version_sections_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_sections_fields_parent_id_idx\` ON \`_forms_v_version_sections_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_sections_fields_locales\` (
  	\`explanation\` text,
  	\`example\` text,
  	\`format\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_sections_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_forms_v_version_sections_fields_locales_locale_parent_id_un\` ON \`_forms_v_version_sections_fields_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`german_heading\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_sections_order_idx\` ON \`_forms_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_sections_parent_id_idx\` ON \`_forms_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_sections_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_forms_v_version_sections_locales_locale_parent_id_unique\` ON \`_forms_v_version_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_bring\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_bring_order_idx\` ON \`_forms_v_version_bring\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_bring_parent_id_idx\` ON \`_forms_v_version_bring\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_bring_locales\` (
  	\`item\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_bring\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_forms_v_version_bring_locales_locale_parent_id_unique\` ON \`_forms_v_version_bring_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`form_page_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_order_idx\` ON \`_forms_v_version_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_parent_id_idx\` ON \`_forms_v_version_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_image_idx\` ON \`_forms_v_version_pages\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_german_title\` text,
  	\`version_form_number\` text,
  	\`version_edition\` text,
  	\`version_office_id\` integer,
  	\`version_contact\` text,
  	\`version_pdf_id\` integer,
  	\`version_code\` text,
  	\`version_lifecycle\` text DEFAULT 'current',
  	\`version_successor_id\` integer,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_key\` text,
  	\`version_translation_tracking\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`form_pdfs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_successor_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_office_idx\` ON \`_forms_v\` (\`version_office_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_pdf_idx\` ON \`_forms_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_code_idx\` ON \`_forms_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_successor_idx\` ON \`_forms_v\` (\`version_successor_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_key_idx\` ON \`_forms_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_snapshot_idx\` ON \`_forms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_published_locale_idx\` ON \`_forms_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_translation_state\` text DEFAULT 'in-progress',
  	\`version_translation_provenance\` text DEFAULT 'person',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_forms_v_locales_locale_parent_id_unique\` ON \`_forms_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`form_pdfs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`form_pdfs_updated_at_idx\` ON \`form_pdfs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_pdfs_created_at_idx\` ON \`form_pdfs\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`form_pdfs_filename_idx\` ON \`form_pdfs\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`form_page_images\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`form_page_images_updated_at_idx\` ON \`form_page_images\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_page_images_created_at_idx\` ON \`form_page_images\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`form_page_images_filename_idx\` ON \`form_page_images\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`form_codes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`form\` text,
  	\`german_title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_codes_code_idx\` ON \`form_codes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`form_codes_updated_at_idx\` ON \`form_codes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_codes_created_at_idx\` ON \`form_codes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`form_scan_counts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`form_scan_counts_code_idx\` ON \`form_scan_counts\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`form_scan_counts_day_idx\` ON \`form_scan_counts\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`form_scan_counts_updated_at_idx\` ON \`form_scan_counts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_scan_counts_created_at_idx\` ON \`form_scan_counts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_translation_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_translation_locales_order_idx\` ON \`users_translation_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_translation_locales_parent_idx\` ON \`users_translation_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'build' NOT NULL,
  	\`status\` text NOT NULL,
  	\`reason\` text,
  	\`triggered_by\` text,
  	\`step\` text,
  	\`progress\` numeric,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`pages\` numeric,
  	\`release_id\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_builds_status_idx\` ON \`site_builds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_started_at_idx\` ON \`site_builds\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_release_id_idx\` ON \`site_builds\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`due_on\` text,
  	\`topic\` text,
  	\`message\` text NOT NULL,
  	\`page\` text,
  	\`name\` text,
  	\`email\` text,
  	\`language\` text,
  	\`reply_text\` text,
  	\`send_reply\` integer,
  	\`replied_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_subject_idx\` ON \`feedback\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_due_on_idx\` ON \`feedback\` (\`due_on\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_type\` text DEFAULT 'reference',
  	\`to_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fields_of_action_id\` integer,
  	\`measures_id\` integer,
  	\`offices_id\` integer,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measures_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_fields_of_action_id_idx\` ON \`redirects_rels\` (\`fields_of_action_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_measures_id_idx\` ON \`redirects_rels\` (\`measures_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_offices_id_idx\` ON \`redirects_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_pages_id_idx\` ON \`redirects_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_news_id_idx\` ON \`redirects_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fields_of_action_id\` integer,
  	\`goals_id\` integer,
  	\`measures_id\` integer,
  	\`offices_id\` integer,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`videos_id\` integer,
  	\`video_captions_id\` integer,
  	\`glossary_id\` integer,
  	\`forms_id\` integer,
  	\`form_pdfs_id\` integer,
  	\`form_page_images_id\` integer,
  	\`form_codes_id\` integer,
  	\`form_scan_counts_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	\`feedback_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_of_action_id\`) REFERENCES \`fields_of_action\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measures_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_captions_id\`) REFERENCES \`video_captions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_pdfs_id\`) REFERENCES \`form_pdfs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_page_images_id\`) REFERENCES \`form_page_images\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_codes_id\`) REFERENCES \`form_codes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_scan_counts_id\`) REFERENCES \`form_scan_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fields_of_action_id_idx\` ON \`payload_locked_documents_rels\` (\`fields_of_action_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_measures_id_idx\` ON \`payload_locked_documents_rels\` (\`measures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_captions_id_idx\` ON \`payload_locked_documents_rels\` (\`video_captions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_pdfs_id_idx\` ON \`payload_locked_documents_rels\` (\`form_pdfs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_page_images_id_idx\` ON \`payload_locked_documents_rels\` (\`form_page_images_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`form_codes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_scan_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`form_scan_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`start_explanations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`review_status\` text DEFAULT 'draft' NOT NULL,
  	\`content_video_id\` integer,
  	\`navigation_video_id\` integer,
  	\`accessibility_video_id\` integer,
  	\`more_offers_video_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`content_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`navigation_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`accessibility_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`more_offers_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`start_explanations_content_content_video_idx\` ON \`start_explanations\` (\`content_video_id\`);`)
  await db.run(sql`CREATE INDEX \`start_explanations_navigation_navigation_video_idx\` ON \`start_explanations\` (\`navigation_video_id\`);`)
  await db.run(sql`CREATE INDEX \`start_explanations_accessibility_accessibility_video_idx\` ON \`start_explanations\` (\`accessibility_video_id\`);`)
  await db.run(sql`CREATE INDEX \`start_explanations_more_offers_more_offers_video_idx\` ON \`start_explanations\` (\`more_offers_video_id\`);`)
  await db.run(sql`CREATE TABLE \`start_explanations_locales\` (
  	\`content_title\` text,
  	\`content_text\` text,
  	\`navigation_title\` text,
  	\`navigation_text\` text,
  	\`accessibility_title\` text,
  	\`accessibility_text\` text,
  	\`more_offers_title\` text,
  	\`more_offers_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`start_explanations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`start_explanations_locales_locale_parent_id_unique\` ON \`start_explanations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_statement_barriers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text DEFAULT 'non-compliance',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accessibility_statement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accessibility_statement_barriers_order_idx\` ON \`accessibility_statement_barriers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`accessibility_statement_barriers_parent_id_idx\` ON \`accessibility_statement_barriers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_statement_barriers_locales\` (
  	\`what\` text,
  	\`alternative\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accessibility_statement_barriers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`accessibility_statement_barriers_locales_locale_parent_id_un\` ON \`accessibility_statement_barriers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_statement\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`reviewed_on\` text,
  	\`review_method\` text,
  	\`prepared_on\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`arbitration_url\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`accessibility_statement__status_idx\` ON \`accessibility_statement\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_statement_locales\` (
  	\`arbitration_name\` text,
  	\`more\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accessibility_statement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`accessibility_statement_locales_locale_parent_id_unique\` ON \`accessibility_statement_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v_version_barriers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text DEFAULT 'non-compliance',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_accessibility_statement_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_version_barriers_order_idx\` ON \`_accessibility_statement_v_version_barriers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_version_barriers_parent_id_idx\` ON \`_accessibility_statement_v_version_barriers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v_version_barriers_locales\` (
  	\`what\` text,
  	\`alternative\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_accessibility_statement_v_version_barriers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_accessibility_statement_v_version_barriers_locales_locale_p\` ON \`_accessibility_statement_v_version_barriers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_status\` text,
  	\`version_reviewed_on\` text,
  	\`version_review_method\` text,
  	\`version_prepared_on\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_arbitration_url\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_version_version__status_idx\` ON \`_accessibility_statement_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_created_at_idx\` ON \`_accessibility_statement_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_updated_at_idx\` ON \`_accessibility_statement_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_snapshot_idx\` ON \`_accessibility_statement_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_published_locale_idx\` ON \`_accessibility_statement_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_latest_idx\` ON \`_accessibility_statement_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v_locales\` (
  	\`version_arbitration_name\` text,
  	\`version_more\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_accessibility_statement_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_accessibility_statement_v_locales_locale_parent_id_unique\` ON \`_accessibility_statement_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`imprint\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`imprint__status_idx\` ON \`imprint\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`imprint_locales\` (
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`imprint\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`imprint_locales_locale_parent_id_unique\` ON \`imprint_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_imprint_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_imprint_v_version_version__status_idx\` ON \`_imprint_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_imprint_v_created_at_idx\` ON \`_imprint_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_imprint_v_updated_at_idx\` ON \`_imprint_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_imprint_v_snapshot_idx\` ON \`_imprint_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_imprint_v_published_locale_idx\` ON \`_imprint_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_imprint_v_latest_idx\` ON \`_imprint_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_imprint_v_locales\` (
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_imprint_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_imprint_v_locales_locale_parent_id_unique\` ON \`_imprint_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`privacy_notice\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`privacy_notice__status_idx\` ON \`privacy_notice\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`privacy_notice_locales\` (
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`privacy_notice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`privacy_notice_locales_locale_parent_id_unique\` ON \`privacy_notice_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_privacy_notice_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_privacy_notice_v_version_version__status_idx\` ON \`_privacy_notice_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notice_v_created_at_idx\` ON \`_privacy_notice_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notice_v_updated_at_idx\` ON \`_privacy_notice_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notice_v_snapshot_idx\` ON \`_privacy_notice_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notice_v_published_locale_idx\` ON \`_privacy_notice_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_privacy_notice_v_latest_idx\` ON \`_privacy_notice_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_privacy_notice_v_locales\` (
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_privacy_notice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_privacy_notice_v_locales_locale_parent_id_unique\` ON \`_privacy_notice_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`fields_of_action_subtopics\`;`)
  await db.run(sql`DROP TABLE \`fields_of_action_subtopics_locales\`;`)
  await db.run(sql`DROP TABLE \`fields_of_action_focus_areas\`;`)
  await db.run(sql`DROP TABLE \`fields_of_action_focus_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`fields_of_action\`;`)
  await db.run(sql`DROP TABLE \`fields_of_action_locales\`;`)
  await db.run(sql`DROP TABLE \`fields_of_action_rels\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v_version_subtopics\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v_version_subtopics_locales\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v_version_focus_areas\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v_version_focus_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_fields_of_action_v_rels\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`DROP TABLE \`goals_locales\`;`)
  await db.run(sql`DROP TABLE \`_goals_v\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`measures\`;`)
  await db.run(sql`DROP TABLE \`measures_locales\`;`)
  await db.run(sql`DROP TABLE \`measures_rels\`;`)
  await db.run(sql`DROP TABLE \`_measures_v\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`offices\`;`)
  await db.run(sql`DROP TABLE \`offices_locales\`;`)
  await db.run(sql`DROP TABLE \`_offices_v\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_facts\`;`)
  await db.run(sql`DROP TABLE \`pages_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_signatories\`;`)
  await db.run(sql`DROP TABLE \`pages_signatories_locales\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_facts\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_signatories\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_signatories_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_locales\`;`)
  await db.run(sql`DROP TABLE \`video_captions\`;`)
  await db.run(sql`DROP TABLE \`glossary\`;`)
  await db.run(sql`DROP TABLE \`glossary_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_v\`;`)
  await db.run(sql`DROP TABLE \`_glossary_v_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_sections_fields\`;`)
  await db.run(sql`DROP TABLE \`forms_sections_fields_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_sections\`;`)
  await db.run(sql`DROP TABLE \`forms_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_bring\`;`)
  await db.run(sql`DROP TABLE \`forms_bring_locales\`;`)
  await db.run(sql`DROP TABLE \`forms_pages\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms_locales\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_sections_fields\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_sections_fields_locales\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_bring\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_bring_locales\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_pages\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_locales\`;`)
  await db.run(sql`DROP TABLE \`form_pdfs\`;`)
  await db.run(sql`DROP TABLE \`form_page_images\`;`)
  await db.run(sql`DROP TABLE \`form_codes\`;`)
  await db.run(sql`DROP TABLE \`form_scan_counts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_translation_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`start_explanations\`;`)
  await db.run(sql`DROP TABLE \`start_explanations_locales\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement_barriers\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement_barriers_locales\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement_locales\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v_version_barriers\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v_version_barriers_locales\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v_locales\`;`)
  await db.run(sql`DROP TABLE \`imprint\`;`)
  await db.run(sql`DROP TABLE \`imprint_locales\`;`)
  await db.run(sql`DROP TABLE \`_imprint_v\`;`)
  await db.run(sql`DROP TABLE \`_imprint_v_locales\`;`)
  await db.run(sql`DROP TABLE \`privacy_notice\`;`)
  await db.run(sql`DROP TABLE \`privacy_notice_locales\`;`)
  await db.run(sql`DROP TABLE \`_privacy_notice_v\`;`)
  await db.run(sql`DROP TABLE \`_privacy_notice_v_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}

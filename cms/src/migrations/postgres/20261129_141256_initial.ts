import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum_fields_of_action_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_fields_of_action_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_fields_of_action_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__fields_of_action_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__fields_of_action_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__fields_of_action_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__fields_of_action_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_goals_group" AS ENUM('field', 'postmigrant-working-group');
  CREATE TYPE "public"."enum_goals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_goals_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_goals_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__goals_v_version_group" AS ENUM('field', 'postmigrant-working-group');
  CREATE TYPE "public"."enum__goals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goals_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__goals_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__goals_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_measures_kind" AS ENUM('measure', 'measure-eligible-for-funding', 'postmigrant-working-group', 'recommendation');
  CREATE TYPE "public"."enum_measures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_measures_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_measures_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__measures_v_version_kind" AS ENUM('measure', 'measure-eligible-for-funding', 'postmigrant-working-group', 'recommendation');
  CREATE TYPE "public"."enum__measures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__measures_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__measures_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__measures_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_offices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_offices_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_offices_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__offices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__offices_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__offices_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__offices_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_pages_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__pages_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__pages_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_news_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__news_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__news_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_glossary_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_glossary_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_glossary_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__glossary_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__glossary_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__glossary_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_forms_lifecycle" AS ENUM('current', 'superseded', 'retired');
  CREATE TYPE "public"."enum_forms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_forms_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum_forms_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum__forms_v_version_lifecycle" AS ENUM('current', 'superseded', 'retired');
  CREATE TYPE "public"."enum__forms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__forms_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum__forms_v_version_translation_state" AS ENUM('in-progress', 'ready');
  CREATE TYPE "public"."enum__forms_v_version_translation_provenance" AS ENUM('person', 'agency', 'machine', 'edition');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator');
  CREATE TYPE "public"."enum_users_translation_locales" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum_site_builds_kind" AS ENUM('build', 'rollback');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'in-progress', 'answered');
  CREATE TYPE "public"."enum_feedback_topic" AS ENUM('barrier', 'accessible-format', 'other');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildSite', 'deleteExpiredFeedback', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildSite', 'deleteExpiredFeedback', 'schedulePublish');
  CREATE TYPE "public"."enum_start_explanations_review_status" AS ENUM('draft', 'checked');
  CREATE TYPE "public"."enum_accessibility_statement_barriers_reason" AS ENUM('non-compliance', 'disproportionate-burden', 'out-of-scope');
  CREATE TYPE "public"."enum_accessibility_statement_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_accessibility_statement_review_method" AS ENUM('self-assessment', 'external-test');
  CREATE TYPE "public"."enum__accessibility_statement_v_version_barriers_reason" AS ENUM('non-compliance', 'disproportionate-burden', 'out-of-scope');
  CREATE TYPE "public"."enum__accessibility_statement_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__accessibility_statement_v_version_review_method" AS ENUM('self-assessment', 'external-test');
  CREATE TYPE "public"."enum__accessibility_statement_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum_imprint_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__imprint_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__imprint_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TYPE "public"."enum_privacy_notice_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__privacy_notice_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__privacy_notice_v_published_locale" AS ENUM('de', 'de-x-simple', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'kmr', 'fr');
  CREATE TABLE "fields_of_action_subtopics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric
  );
  
  CREATE TABLE "fields_of_action_subtopics_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "fields_of_action_focus_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric
  );
  
  CREATE TABLE "fields_of_action_focus_areas_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "fields_of_action" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"order" numeric,
  	"cross_cutting" boolean DEFAULT false,
  	"key" varchar,
  	"admin_title" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_fields_of_action_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "fields_of_action_locales" (
  	"name" varchar,
  	"intro" jsonb,
  	"translation_state" "enum_fields_of_action_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_fields_of_action_translation_provenance" DEFAULT 'person',
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "fields_of_action_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer
  );
  
  CREATE TABLE "_fields_of_action_v_version_subtopics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_fields_of_action_v_version_subtopics_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_fields_of_action_v_version_focus_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_fields_of_action_v_version_focus_areas_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_fields_of_action_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_cross_cutting" boolean DEFAULT false,
  	"version_key" varchar,
  	"version_admin_title" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__fields_of_action_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__fields_of_action_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_fields_of_action_v_locales" (
  	"version_name" varchar,
  	"version_intro" jsonb,
  	"version_translation_state" "enum__fields_of_action_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__fields_of_action_v_version_translation_provenance" DEFAULT 'person',
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_fields_of_action_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer
  );
  
  CREATE TABLE "goals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"field_of_action_id" integer,
  	"group" "enum_goals_group" DEFAULT 'field',
  	"number" numeric,
  	"label" varchar,
  	"key" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_goals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "goals_locales" (
  	"text" jsonb,
  	"translation_state" "enum_goals_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_goals_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_goals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_field_of_action_id" integer,
  	"version_group" "enum__goals_v_version_group" DEFAULT 'field',
  	"version_number" numeric,
  	"version_label" varchar,
  	"version_key" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__goals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__goals_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_goals_v_locales" (
  	"version_text" jsonb,
  	"version_translation_state" "enum__goals_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__goals_v_version_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "measures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"field_of_action_id" integer,
  	"kind" "enum_measures_kind" DEFAULT 'measure',
  	"number" numeric,
  	"eligible_for_funding" boolean DEFAULT false,
  	"order" numeric,
  	"key" varchar,
  	"admin_title" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_measures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "measures_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"contact_text" varchar,
  	"translation_state" "enum_measures_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_measures_translation_provenance" DEFAULT 'person',
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "measures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offices_id" integer
  );
  
  CREATE TABLE "_measures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_field_of_action_id" integer,
  	"version_kind" "enum__measures_v_version_kind" DEFAULT 'measure',
  	"version_number" numeric,
  	"version_eligible_for_funding" boolean DEFAULT false,
  	"version_order" numeric,
  	"version_key" varchar,
  	"version_admin_title" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__measures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__measures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_measures_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_contact_text" varchar,
  	"version_translation_state" "enum__measures_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__measures_v_version_translation_provenance" DEFAULT 'person',
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_measures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offices_id" integer
  );
  
  CREATE TABLE "offices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"variants" jsonb,
  	"key" varchar,
  	"admin_title" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_offices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "offices_locales" (
  	"name" varchar,
  	"translation_state" "enum_offices_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_offices_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_offices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_variants" jsonb,
  	"version_key" varchar,
  	"version_admin_title" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__offices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__offices_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_offices_v_locales" (
  	"version_name" varchar,
  	"version_translation_state" "enum__offices_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__offices_v_version_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_facts_locales" (
  	"label" varchar,
  	"value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_signatories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "pages_signatories_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"parent_id" integer,
  	"order" numeric DEFAULT 100,
  	"image_id" integer,
  	"key" varchar,
  	"admin_title" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"subtitle" varchar,
  	"body" jsonb,
  	"translation_state" "enum_pages_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_pages_translation_provenance" DEFAULT 'person',
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_version_facts_locales" (
  	"label" varchar,
  	"value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_signatories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_version_signatories_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_parent_id" integer,
  	"version_order" numeric DEFAULT 100,
  	"version_image_id" integer,
  	"version_key" varchar,
  	"version_admin_title" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_body" jsonb,
  	"version_translation_state" "enum__pages_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__pages_v_version_translation_provenance" DEFAULT 'person',
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"date" timestamp(3) with time zone,
  	"publisher" varchar,
  	"image_id" integer,
  	"key" varchar,
  	"admin_title" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"translation_state" "enum_news_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_news_translation_provenance" DEFAULT 'person',
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_publisher" varchar,
  	"version_image_id" integer,
  	"version_key" varchar,
  	"version_admin_title" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_translation_state" "enum__news_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__news_v_version_translation_provenance" DEFAULT 'person',
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_w400avif_url" varchar,
  	"sizes_w400avif_width" numeric,
  	"sizes_w400avif_height" numeric,
  	"sizes_w400avif_mime_type" varchar,
  	"sizes_w400avif_filesize" numeric,
  	"sizes_w400avif_filename" varchar,
  	"sizes_w400webp_url" varchar,
  	"sizes_w400webp_width" numeric,
  	"sizes_w400webp_height" numeric,
  	"sizes_w400webp_mime_type" varchar,
  	"sizes_w400webp_filesize" numeric,
  	"sizes_w400webp_filename" varchar,
  	"sizes_w400_url" varchar,
  	"sizes_w400_width" numeric,
  	"sizes_w400_height" numeric,
  	"sizes_w400_mime_type" varchar,
  	"sizes_w400_filesize" numeric,
  	"sizes_w400_filename" varchar,
  	"sizes_w800avif_url" varchar,
  	"sizes_w800avif_width" numeric,
  	"sizes_w800avif_height" numeric,
  	"sizes_w800avif_mime_type" varchar,
  	"sizes_w800avif_filesize" numeric,
  	"sizes_w800avif_filename" varchar,
  	"sizes_w800webp_url" varchar,
  	"sizes_w800webp_width" numeric,
  	"sizes_w800webp_height" numeric,
  	"sizes_w800webp_mime_type" varchar,
  	"sizes_w800webp_filesize" numeric,
  	"sizes_w800webp_filename" varchar,
  	"sizes_w800_url" varchar,
  	"sizes_w800_width" numeric,
  	"sizes_w800_height" numeric,
  	"sizes_w800_mime_type" varchar,
  	"sizes_w800_filesize" numeric,
  	"sizes_w800_filename" varchar,
  	"sizes_w1200avif_url" varchar,
  	"sizes_w1200avif_width" numeric,
  	"sizes_w1200avif_height" numeric,
  	"sizes_w1200avif_mime_type" varchar,
  	"sizes_w1200avif_filesize" numeric,
  	"sizes_w1200avif_filename" varchar,
  	"sizes_w1200webp_url" varchar,
  	"sizes_w1200webp_width" numeric,
  	"sizes_w1200webp_height" numeric,
  	"sizes_w1200webp_mime_type" varchar,
  	"sizes_w1200webp_filesize" numeric,
  	"sizes_w1200webp_filename" varchar,
  	"sizes_w1200_url" varchar,
  	"sizes_w1200_width" numeric,
  	"sizes_w1200_height" numeric,
  	"sizes_w1200_mime_type" varchar,
  	"sizes_w1200_filesize" numeric,
  	"sizes_w1200_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"duration_seconds" numeric,
  	"poster_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "videos_locales" (
  	"title" varchar,
  	"captions_id" integer,
  	"transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "video_captions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"key" varchar,
  	"admin_title" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "glossary_locales" (
  	"term" varchar,
  	"forms" varchar,
  	"explanation" varchar,
  	"translation_state" "enum_glossary_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_glossary_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_key" varchar,
  	"version_admin_title" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__glossary_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_glossary_v_locales" (
  	"version_term" varchar,
  	"version_forms" varchar,
  	"version_explanation" varchar,
  	"version_translation_state" "enum__glossary_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__glossary_v_version_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "forms_sections_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"german_label" varchar,
  	"required" boolean DEFAULT false,
  	"marker_page" numeric,
  	"marker_x" numeric,
  	"marker_y" numeric,
  	"marker_width" numeric,
  	"marker_height" numeric
  );
  
  CREATE TABLE "forms_sections_fields_locales" (
  	"explanation" varchar,
  	"example" varchar,
  	"format" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"german_heading" varchar
  );
  
  CREATE TABLE "forms_sections_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_bring" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "forms_bring_locales" (
  	"item" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer
  );
  
  CREATE TABLE "forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"german_title" varchar,
  	"form_number" varchar,
  	"edition" varchar,
  	"office_id" integer,
  	"contact" varchar,
  	"pdf_id" integer,
  	"code" varchar,
  	"lifecycle" "enum_forms_lifecycle" DEFAULT 'current',
  	"successor_id" integer,
  	"is_example" boolean DEFAULT false,
  	"key" varchar,
  	"translation_tracking" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_forms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "forms_locales" (
  	"title" varchar,
  	"description" varchar,
  	"translation_state" "enum_forms_translation_state" DEFAULT 'in-progress',
  	"translation_provenance" "enum_forms_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_forms_v_version_sections_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"german_label" varchar,
  	"required" boolean DEFAULT false,
  	"marker_page" numeric,
  	"marker_x" numeric,
  	"marker_y" numeric,
  	"marker_width" numeric,
  	"marker_height" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_forms_v_version_sections_fields_locales" (
  	"explanation" varchar,
  	"example" varchar,
  	"format" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_forms_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"german_heading" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_forms_v_version_sections_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_forms_v_version_bring" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_forms_v_version_bring_locales" (
  	"item" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_forms_v_version_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_forms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_german_title" varchar,
  	"version_form_number" varchar,
  	"version_edition" varchar,
  	"version_office_id" integer,
  	"version_contact" varchar,
  	"version_pdf_id" integer,
  	"version_code" varchar,
  	"version_lifecycle" "enum__forms_v_version_lifecycle" DEFAULT 'current',
  	"version_successor_id" integer,
  	"version_is_example" boolean DEFAULT false,
  	"version_key" varchar,
  	"version_translation_tracking" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__forms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__forms_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_forms_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_translation_state" "enum__forms_v_version_translation_state" DEFAULT 'in-progress',
  	"version_translation_provenance" "enum__forms_v_version_translation_provenance" DEFAULT 'person',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "form_pdfs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "form_page_images" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "form_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"form" varchar,
  	"german_title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_scan_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"language" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_translation_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_translation_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_site_builds_kind" DEFAULT 'build' NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"reason" varchar,
  	"triggered_by" varchar,
  	"step" varchar,
  	"progress" numeric,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"release_id" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar,
  	"status" "enum_feedback_status" DEFAULT 'new' NOT NULL,
  	"due_on" timestamp(3) with time zone,
  	"topic" "enum_feedback_topic",
  	"message" varchar NOT NULL,
  	"page" varchar,
  	"name" varchar,
  	"email" varchar,
  	"language" varchar,
  	"reply_text" varchar,
  	"send_reply" boolean,
  	"replied_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer,
  	"measures_id" integer,
  	"offices_id" integer,
  	"pages_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer,
  	"goals_id" integer,
  	"measures_id" integer,
  	"offices_id" integer,
  	"pages_id" integer,
  	"news_id" integer,
  	"media_id" integer,
  	"videos_id" integer,
  	"video_captions_id" integer,
  	"glossary_id" integer,
  	"forms_id" integer,
  	"form_pdfs_id" integer,
  	"form_page_images_id" integer,
  	"form_codes_id" integer,
  	"form_scan_counts_id" integer,
  	"users_id" integer,
  	"site_builds_id" integer,
  	"feedback_id" integer,
  	"redirects_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "start_explanations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_status" "enum_start_explanations_review_status" DEFAULT 'draft' NOT NULL,
  	"content_video_id" integer,
  	"navigation_video_id" integer,
  	"accessibility_video_id" integer,
  	"more_offers_video_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "start_explanations_locales" (
  	"content_title" varchar,
  	"content_text" varchar,
  	"navigation_title" varchar,
  	"navigation_text" varchar,
  	"accessibility_title" varchar,
  	"accessibility_text" varchar,
  	"more_offers_title" varchar,
  	"more_offers_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "accessibility_statement_barriers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reason" "enum_accessibility_statement_barriers_reason" DEFAULT 'non-compliance'
  );
  
  CREATE TABLE "accessibility_statement_barriers_locales" (
  	"what" varchar,
  	"alternative" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "accessibility_statement" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_accessibility_statement_status",
  	"reviewed_on" timestamp(3) with time zone,
  	"review_method" "enum_accessibility_statement_review_method",
  	"prepared_on" timestamp(3) with time zone,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"arbitration_url" varchar,
  	"_status" "enum_accessibility_statement_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "accessibility_statement_locales" (
  	"arbitration_name" varchar,
  	"more" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_accessibility_statement_v_version_barriers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reason" "enum__accessibility_statement_v_version_barriers_reason" DEFAULT 'non-compliance',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_accessibility_statement_v_version_barriers_locales" (
  	"what" varchar,
  	"alternative" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_accessibility_statement_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_status" "enum__accessibility_statement_v_version_status",
  	"version_reviewed_on" timestamp(3) with time zone,
  	"version_review_method" "enum__accessibility_statement_v_version_review_method",
  	"version_prepared_on" timestamp(3) with time zone,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_arbitration_url" varchar,
  	"version__status" "enum__accessibility_statement_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__accessibility_statement_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_accessibility_statement_v_locales" (
  	"version_arbitration_name" varchar,
  	"version_more" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "imprint" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_imprint_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "imprint_locales" (
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_imprint_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__imprint_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__imprint_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_imprint_v_locales" (
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "privacy_notice" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_privacy_notice_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "privacy_notice_locales" (
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_privacy_notice_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__privacy_notice_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__privacy_notice_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_privacy_notice_v_locales" (
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "fields_of_action_subtopics" ADD CONSTRAINT "fields_of_action_subtopics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_subtopics_locales" ADD CONSTRAINT "fields_of_action_subtopics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields_of_action_subtopics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_focus_areas" ADD CONSTRAINT "fields_of_action_focus_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_focus_areas_locales" ADD CONSTRAINT "fields_of_action_focus_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields_of_action_focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_locales" ADD CONSTRAINT "fields_of_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_rels" ADD CONSTRAINT "fields_of_action_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_rels" ADD CONSTRAINT "fields_of_action_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_version_subtopics" ADD CONSTRAINT "_fields_of_action_v_version_subtopics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fields_of_action_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_version_subtopics_locales" ADD CONSTRAINT "_fields_of_action_v_version_subtopics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fields_of_action_v_version_subtopics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_version_focus_areas" ADD CONSTRAINT "_fields_of_action_v_version_focus_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fields_of_action_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_version_focus_areas_locales" ADD CONSTRAINT "_fields_of_action_v_version_focus_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fields_of_action_v_version_focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v" ADD CONSTRAINT "_fields_of_action_v_parent_id_fields_of_action_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."fields_of_action"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_locales" ADD CONSTRAINT "_fields_of_action_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fields_of_action_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_rels" ADD CONSTRAINT "_fields_of_action_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_fields_of_action_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fields_of_action_v_rels" ADD CONSTRAINT "_fields_of_action_v_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_field_of_action_id_fields_of_action_id_fk" FOREIGN KEY ("field_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_locales" ADD CONSTRAINT "goals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_field_of_action_id_fields_of_action_id_fk" FOREIGN KEY ("version_field_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v_locales" ADD CONSTRAINT "_goals_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures" ADD CONSTRAINT "measures_field_of_action_id_fields_of_action_id_fk" FOREIGN KEY ("field_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measures_locales" ADD CONSTRAINT "measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_rels" ADD CONSTRAINT "measures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_rels" ADD CONSTRAINT "measures_rels_offices_fk" FOREIGN KEY ("offices_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measures_v" ADD CONSTRAINT "_measures_v_parent_id_measures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_measures_v" ADD CONSTRAINT "_measures_v_version_field_of_action_id_fields_of_action_id_fk" FOREIGN KEY ("version_field_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_measures_v_locales" ADD CONSTRAINT "_measures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_measures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measures_v_rels" ADD CONSTRAINT "_measures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_measures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measures_v_rels" ADD CONSTRAINT "_measures_v_rels_offices_fk" FOREIGN KEY ("offices_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offices_locales" ADD CONSTRAINT "offices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offices_v" ADD CONSTRAINT "_offices_v_parent_id_offices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offices_v_locales" ADD CONSTRAINT "_offices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_facts" ADD CONSTRAINT "pages_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_facts_locales" ADD CONSTRAINT "pages_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_signatories" ADD CONSTRAINT "pages_signatories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_signatories_locales" ADD CONSTRAINT "pages_signatories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_signatories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_facts" ADD CONSTRAINT "_pages_v_version_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_facts_locales" ADD CONSTRAINT "_pages_v_version_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_version_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_signatories" ADD CONSTRAINT "_pages_v_version_signatories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_signatories_locales" ADD CONSTRAINT "_pages_v_version_signatories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_version_signatories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_parent_id_pages_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_captions_id_video_captions_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."video_captions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_locales" ADD CONSTRAINT "glossary_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_v" ADD CONSTRAINT "_glossary_v_parent_id_glossary_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_v_locales" ADD CONSTRAINT "_glossary_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_sections_fields" ADD CONSTRAINT "forms_sections_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_sections_fields_locales" ADD CONSTRAINT "forms_sections_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_sections_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_sections" ADD CONSTRAINT "forms_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_sections_locales" ADD CONSTRAINT "forms_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_bring" ADD CONSTRAINT "forms_bring_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_bring_locales" ADD CONSTRAINT "forms_bring_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_bring"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_pages" ADD CONSTRAINT "forms_pages_image_id_form_page_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."form_page_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms_pages" ADD CONSTRAINT "forms_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms" ADD CONSTRAINT "forms_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms" ADD CONSTRAINT "forms_pdf_id_form_pdfs_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."form_pdfs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms" ADD CONSTRAINT "forms_successor_id_forms_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms_locales" ADD CONSTRAINT "forms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_sections_fields" ADD CONSTRAINT "_forms_v_version_sections_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_sections_fields_locales" ADD CONSTRAINT "_forms_v_version_sections_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v_version_sections_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_sections" ADD CONSTRAINT "_forms_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_sections_locales" ADD CONSTRAINT "_forms_v_version_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_bring" ADD CONSTRAINT "_forms_v_version_bring_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_bring_locales" ADD CONSTRAINT "_forms_v_version_bring_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v_version_bring"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v_version_pages" ADD CONSTRAINT "_forms_v_version_pages_image_id_form_page_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."form_page_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_forms_v_version_pages" ADD CONSTRAINT "_forms_v_version_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_forms_v" ADD CONSTRAINT "_forms_v_parent_id_forms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_forms_v" ADD CONSTRAINT "_forms_v_version_office_id_offices_id_fk" FOREIGN KEY ("version_office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_forms_v" ADD CONSTRAINT "_forms_v_version_pdf_id_form_pdfs_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."form_pdfs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_forms_v" ADD CONSTRAINT "_forms_v_version_successor_id_forms_id_fk" FOREIGN KEY ("version_successor_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_forms_v_locales" ADD CONSTRAINT "_forms_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_forms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_translation_locales" ADD CONSTRAINT "users_translation_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_offices_fk" FOREIGN KEY ("offices_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offices_fk" FOREIGN KEY ("offices_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_captions_fk" FOREIGN KEY ("video_captions_id") REFERENCES "public"."video_captions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_forms_fk" FOREIGN KEY ("forms_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_pdfs_fk" FOREIGN KEY ("form_pdfs_id") REFERENCES "public"."form_pdfs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_page_images_fk" FOREIGN KEY ("form_page_images_id") REFERENCES "public"."form_page_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_codes_fk" FOREIGN KEY ("form_codes_id") REFERENCES "public"."form_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_scan_counts_fk" FOREIGN KEY ("form_scan_counts_id") REFERENCES "public"."form_scan_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "start_explanations" ADD CONSTRAINT "start_explanations_content_video_id_videos_id_fk" FOREIGN KEY ("content_video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "start_explanations" ADD CONSTRAINT "start_explanations_navigation_video_id_videos_id_fk" FOREIGN KEY ("navigation_video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "start_explanations" ADD CONSTRAINT "start_explanations_accessibility_video_id_videos_id_fk" FOREIGN KEY ("accessibility_video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "start_explanations" ADD CONSTRAINT "start_explanations_more_offers_video_id_videos_id_fk" FOREIGN KEY ("more_offers_video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "start_explanations_locales" ADD CONSTRAINT "start_explanations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."start_explanations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accessibility_statement_barriers" ADD CONSTRAINT "accessibility_statement_barriers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accessibility_statement_barriers_locales" ADD CONSTRAINT "accessibility_statement_barriers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement_barriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accessibility_statement_locales" ADD CONSTRAINT "accessibility_statement_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_accessibility_statement_v_version_barriers" ADD CONSTRAINT "_accessibility_statement_v_version_barriers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_accessibility_statement_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_accessibility_statement_v_version_barriers_locales" ADD CONSTRAINT "_accessibility_statement_v_version_barriers_locales_paren_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_accessibility_statement_v_version_barriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_accessibility_statement_v_locales" ADD CONSTRAINT "_accessibility_statement_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_accessibility_statement_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "imprint_locales" ADD CONSTRAINT "imprint_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."imprint"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_imprint_v_locales" ADD CONSTRAINT "_imprint_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_imprint_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "privacy_notice_locales" ADD CONSTRAINT "privacy_notice_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."privacy_notice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_privacy_notice_v_locales" ADD CONSTRAINT "_privacy_notice_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_privacy_notice_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fields_of_action_subtopics_order_idx" ON "fields_of_action_subtopics" USING btree ("_order");
  CREATE INDEX "fields_of_action_subtopics_parent_id_idx" ON "fields_of_action_subtopics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "fields_of_action_subtopics_locales_locale_parent_id_unique" ON "fields_of_action_subtopics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "fields_of_action_focus_areas_order_idx" ON "fields_of_action_focus_areas" USING btree ("_order");
  CREATE INDEX "fields_of_action_focus_areas_parent_id_idx" ON "fields_of_action_focus_areas" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "fields_of_action_focus_areas_locales_locale_parent_id_unique" ON "fields_of_action_focus_areas_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "fields_of_action_slug_idx" ON "fields_of_action" USING btree ("slug");
  CREATE UNIQUE INDEX "fields_of_action_key_idx" ON "fields_of_action" USING btree ("key");
  CREATE INDEX "fields_of_action_admin_title_idx" ON "fields_of_action" USING btree ("admin_title");
  CREATE INDEX "fields_of_action_updated_at_idx" ON "fields_of_action" USING btree ("updated_at");
  CREATE INDEX "fields_of_action_created_at_idx" ON "fields_of_action" USING btree ("created_at");
  CREATE INDEX "fields_of_action__status_idx" ON "fields_of_action" USING btree ("_status");
  CREATE UNIQUE INDEX "fields_of_action_locales_locale_parent_id_unique" ON "fields_of_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "fields_of_action_rels_order_idx" ON "fields_of_action_rels" USING btree ("order");
  CREATE INDEX "fields_of_action_rels_parent_idx" ON "fields_of_action_rels" USING btree ("parent_id");
  CREATE INDEX "fields_of_action_rels_path_idx" ON "fields_of_action_rels" USING btree ("path");
  CREATE INDEX "fields_of_action_rels_fields_of_action_id_idx" ON "fields_of_action_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "_fields_of_action_v_version_subtopics_order_idx" ON "_fields_of_action_v_version_subtopics" USING btree ("_order");
  CREATE INDEX "_fields_of_action_v_version_subtopics_parent_id_idx" ON "_fields_of_action_v_version_subtopics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_fields_of_action_v_version_subtopics_locales_locale_parent_" ON "_fields_of_action_v_version_subtopics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_fields_of_action_v_version_focus_areas_order_idx" ON "_fields_of_action_v_version_focus_areas" USING btree ("_order");
  CREATE INDEX "_fields_of_action_v_version_focus_areas_parent_id_idx" ON "_fields_of_action_v_version_focus_areas" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_fields_of_action_v_version_focus_areas_locales_locale_paren" ON "_fields_of_action_v_version_focus_areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_fields_of_action_v_parent_idx" ON "_fields_of_action_v" USING btree ("parent_id");
  CREATE INDEX "_fields_of_action_v_version_version_slug_idx" ON "_fields_of_action_v" USING btree ("version_slug");
  CREATE INDEX "_fields_of_action_v_version_version_key_idx" ON "_fields_of_action_v" USING btree ("version_key");
  CREATE INDEX "_fields_of_action_v_version_version_admin_title_idx" ON "_fields_of_action_v" USING btree ("version_admin_title");
  CREATE INDEX "_fields_of_action_v_version_version_updated_at_idx" ON "_fields_of_action_v" USING btree ("version_updated_at");
  CREATE INDEX "_fields_of_action_v_version_version_created_at_idx" ON "_fields_of_action_v" USING btree ("version_created_at");
  CREATE INDEX "_fields_of_action_v_version_version__status_idx" ON "_fields_of_action_v" USING btree ("version__status");
  CREATE INDEX "_fields_of_action_v_created_at_idx" ON "_fields_of_action_v" USING btree ("created_at");
  CREATE INDEX "_fields_of_action_v_updated_at_idx" ON "_fields_of_action_v" USING btree ("updated_at");
  CREATE INDEX "_fields_of_action_v_snapshot_idx" ON "_fields_of_action_v" USING btree ("snapshot");
  CREATE INDEX "_fields_of_action_v_published_locale_idx" ON "_fields_of_action_v" USING btree ("published_locale");
  CREATE INDEX "_fields_of_action_v_latest_idx" ON "_fields_of_action_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_fields_of_action_v_locales_locale_parent_id_unique" ON "_fields_of_action_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_fields_of_action_v_rels_order_idx" ON "_fields_of_action_v_rels" USING btree ("order");
  CREATE INDEX "_fields_of_action_v_rels_parent_idx" ON "_fields_of_action_v_rels" USING btree ("parent_id");
  CREATE INDEX "_fields_of_action_v_rels_path_idx" ON "_fields_of_action_v_rels" USING btree ("path");
  CREATE INDEX "_fields_of_action_v_rels_fields_of_action_id_idx" ON "_fields_of_action_v_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "goals_field_of_action_idx" ON "goals" USING btree ("field_of_action_id");
  CREATE UNIQUE INDEX "goals_key_idx" ON "goals" USING btree ("key");
  CREATE INDEX "goals_updated_at_idx" ON "goals" USING btree ("updated_at");
  CREATE INDEX "goals_created_at_idx" ON "goals" USING btree ("created_at");
  CREATE INDEX "goals__status_idx" ON "goals" USING btree ("_status");
  CREATE UNIQUE INDEX "goals_locales_locale_parent_id_unique" ON "goals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_goals_v_parent_idx" ON "_goals_v" USING btree ("parent_id");
  CREATE INDEX "_goals_v_version_version_field_of_action_idx" ON "_goals_v" USING btree ("version_field_of_action_id");
  CREATE INDEX "_goals_v_version_version_key_idx" ON "_goals_v" USING btree ("version_key");
  CREATE INDEX "_goals_v_version_version_updated_at_idx" ON "_goals_v" USING btree ("version_updated_at");
  CREATE INDEX "_goals_v_version_version_created_at_idx" ON "_goals_v" USING btree ("version_created_at");
  CREATE INDEX "_goals_v_version_version__status_idx" ON "_goals_v" USING btree ("version__status");
  CREATE INDEX "_goals_v_created_at_idx" ON "_goals_v" USING btree ("created_at");
  CREATE INDEX "_goals_v_updated_at_idx" ON "_goals_v" USING btree ("updated_at");
  CREATE INDEX "_goals_v_snapshot_idx" ON "_goals_v" USING btree ("snapshot");
  CREATE INDEX "_goals_v_published_locale_idx" ON "_goals_v" USING btree ("published_locale");
  CREATE INDEX "_goals_v_latest_idx" ON "_goals_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_goals_v_locales_locale_parent_id_unique" ON "_goals_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "measures_slug_idx" ON "measures" USING btree ("slug");
  CREATE INDEX "measures_field_of_action_idx" ON "measures" USING btree ("field_of_action_id");
  CREATE UNIQUE INDEX "measures_key_idx" ON "measures" USING btree ("key");
  CREATE INDEX "measures_admin_title_idx" ON "measures" USING btree ("admin_title");
  CREATE INDEX "measures_updated_at_idx" ON "measures" USING btree ("updated_at");
  CREATE INDEX "measures_created_at_idx" ON "measures" USING btree ("created_at");
  CREATE INDEX "measures__status_idx" ON "measures" USING btree ("_status");
  CREATE UNIQUE INDEX "measures_locales_locale_parent_id_unique" ON "measures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "measures_rels_order_idx" ON "measures_rels" USING btree ("order");
  CREATE INDEX "measures_rels_parent_idx" ON "measures_rels" USING btree ("parent_id");
  CREATE INDEX "measures_rels_path_idx" ON "measures_rels" USING btree ("path");
  CREATE INDEX "measures_rels_offices_id_idx" ON "measures_rels" USING btree ("offices_id");
  CREATE INDEX "_measures_v_parent_idx" ON "_measures_v" USING btree ("parent_id");
  CREATE INDEX "_measures_v_version_version_slug_idx" ON "_measures_v" USING btree ("version_slug");
  CREATE INDEX "_measures_v_version_version_field_of_action_idx" ON "_measures_v" USING btree ("version_field_of_action_id");
  CREATE INDEX "_measures_v_version_version_key_idx" ON "_measures_v" USING btree ("version_key");
  CREATE INDEX "_measures_v_version_version_admin_title_idx" ON "_measures_v" USING btree ("version_admin_title");
  CREATE INDEX "_measures_v_version_version_updated_at_idx" ON "_measures_v" USING btree ("version_updated_at");
  CREATE INDEX "_measures_v_version_version_created_at_idx" ON "_measures_v" USING btree ("version_created_at");
  CREATE INDEX "_measures_v_version_version__status_idx" ON "_measures_v" USING btree ("version__status");
  CREATE INDEX "_measures_v_created_at_idx" ON "_measures_v" USING btree ("created_at");
  CREATE INDEX "_measures_v_updated_at_idx" ON "_measures_v" USING btree ("updated_at");
  CREATE INDEX "_measures_v_snapshot_idx" ON "_measures_v" USING btree ("snapshot");
  CREATE INDEX "_measures_v_published_locale_idx" ON "_measures_v" USING btree ("published_locale");
  CREATE INDEX "_measures_v_latest_idx" ON "_measures_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_measures_v_locales_locale_parent_id_unique" ON "_measures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_measures_v_rels_order_idx" ON "_measures_v_rels" USING btree ("order");
  CREATE INDEX "_measures_v_rels_parent_idx" ON "_measures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_measures_v_rels_path_idx" ON "_measures_v_rels" USING btree ("path");
  CREATE INDEX "_measures_v_rels_offices_id_idx" ON "_measures_v_rels" USING btree ("offices_id");
  CREATE UNIQUE INDEX "offices_code_idx" ON "offices" USING btree ("code");
  CREATE UNIQUE INDEX "offices_slug_idx" ON "offices" USING btree ("slug");
  CREATE UNIQUE INDEX "offices_key_idx" ON "offices" USING btree ("key");
  CREATE INDEX "offices_admin_title_idx" ON "offices" USING btree ("admin_title");
  CREATE INDEX "offices_updated_at_idx" ON "offices" USING btree ("updated_at");
  CREATE INDEX "offices_created_at_idx" ON "offices" USING btree ("created_at");
  CREATE INDEX "offices__status_idx" ON "offices" USING btree ("_status");
  CREATE UNIQUE INDEX "offices_locales_locale_parent_id_unique" ON "offices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_offices_v_parent_idx" ON "_offices_v" USING btree ("parent_id");
  CREATE INDEX "_offices_v_version_version_code_idx" ON "_offices_v" USING btree ("version_code");
  CREATE INDEX "_offices_v_version_version_slug_idx" ON "_offices_v" USING btree ("version_slug");
  CREATE INDEX "_offices_v_version_version_key_idx" ON "_offices_v" USING btree ("version_key");
  CREATE INDEX "_offices_v_version_version_admin_title_idx" ON "_offices_v" USING btree ("version_admin_title");
  CREATE INDEX "_offices_v_version_version_updated_at_idx" ON "_offices_v" USING btree ("version_updated_at");
  CREATE INDEX "_offices_v_version_version_created_at_idx" ON "_offices_v" USING btree ("version_created_at");
  CREATE INDEX "_offices_v_version_version__status_idx" ON "_offices_v" USING btree ("version__status");
  CREATE INDEX "_offices_v_created_at_idx" ON "_offices_v" USING btree ("created_at");
  CREATE INDEX "_offices_v_updated_at_idx" ON "_offices_v" USING btree ("updated_at");
  CREATE INDEX "_offices_v_snapshot_idx" ON "_offices_v" USING btree ("snapshot");
  CREATE INDEX "_offices_v_published_locale_idx" ON "_offices_v" USING btree ("published_locale");
  CREATE INDEX "_offices_v_latest_idx" ON "_offices_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_offices_v_locales_locale_parent_id_unique" ON "_offices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_facts_order_idx" ON "pages_facts" USING btree ("_order");
  CREATE INDEX "pages_facts_parent_id_idx" ON "pages_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_facts_locales_locale_parent_id_unique" ON "pages_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_signatories_order_idx" ON "pages_signatories" USING btree ("_order");
  CREATE INDEX "pages_signatories_parent_id_idx" ON "pages_signatories" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_signatories_locales_locale_parent_id_unique" ON "pages_signatories_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id");
  CREATE INDEX "pages_image_idx" ON "pages" USING btree ("image_id");
  CREATE UNIQUE INDEX "pages_key_idx" ON "pages" USING btree ("key");
  CREATE INDEX "pages_admin_title_idx" ON "pages" USING btree ("admin_title");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_facts_order_idx" ON "_pages_v_version_facts" USING btree ("_order");
  CREATE INDEX "_pages_v_version_facts_parent_id_idx" ON "_pages_v_version_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_version_facts_locales_locale_parent_id_unique" ON "_pages_v_version_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_signatories_order_idx" ON "_pages_v_version_signatories" USING btree ("_order");
  CREATE INDEX "_pages_v_version_signatories_parent_id_idx" ON "_pages_v_version_signatories" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_version_signatories_locales_locale_parent_id_unique" ON "_pages_v_version_signatories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_parent_idx" ON "_pages_v" USING btree ("version_parent_id");
  CREATE INDEX "_pages_v_version_version_image_idx" ON "_pages_v" USING btree ("version_image_id");
  CREATE INDEX "_pages_v_version_version_key_idx" ON "_pages_v" USING btree ("version_key");
  CREATE INDEX "_pages_v_version_version_admin_title_idx" ON "_pages_v" USING btree ("version_admin_title");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE UNIQUE INDEX "news_key_idx" ON "news" USING btree ("key");
  CREATE INDEX "news_admin_title_idx" ON "news" USING btree ("admin_title");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_version_key_idx" ON "_news_v" USING btree ("version_key");
  CREATE INDEX "_news_v_version_version_admin_title_idx" ON "_news_v" USING btree ("version_admin_title");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_w400avif_sizes_w400avif_filename_idx" ON "media" USING btree ("sizes_w400avif_filename");
  CREATE INDEX "media_sizes_w400webp_sizes_w400webp_filename_idx" ON "media" USING btree ("sizes_w400webp_filename");
  CREATE INDEX "media_sizes_w400_sizes_w400_filename_idx" ON "media" USING btree ("sizes_w400_filename");
  CREATE INDEX "media_sizes_w800avif_sizes_w800avif_filename_idx" ON "media" USING btree ("sizes_w800avif_filename");
  CREATE INDEX "media_sizes_w800webp_sizes_w800webp_filename_idx" ON "media" USING btree ("sizes_w800webp_filename");
  CREATE INDEX "media_sizes_w800_sizes_w800_filename_idx" ON "media" USING btree ("sizes_w800_filename");
  CREATE INDEX "media_sizes_w1200avif_sizes_w1200avif_filename_idx" ON "media" USING btree ("sizes_w1200avif_filename");
  CREATE INDEX "media_sizes_w1200webp_sizes_w1200webp_filename_idx" ON "media" USING btree ("sizes_w1200webp_filename");
  CREATE INDEX "media_sizes_w1200_sizes_w1200_filename_idx" ON "media" USING btree ("sizes_w1200_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_poster_idx" ON "videos" USING btree ("poster_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE UNIQUE INDEX "videos_filename_idx" ON "videos" USING btree ("filename");
  CREATE INDEX "videos_captions_idx" ON "videos_locales" USING btree ("captions_id","_locale");
  CREATE UNIQUE INDEX "videos_locales_locale_parent_id_unique" ON "videos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "video_captions_updated_at_idx" ON "video_captions" USING btree ("updated_at");
  CREATE INDEX "video_captions_created_at_idx" ON "video_captions" USING btree ("created_at");
  CREATE UNIQUE INDEX "video_captions_filename_idx" ON "video_captions" USING btree ("filename");
  CREATE UNIQUE INDEX "glossary_slug_idx" ON "glossary" USING btree ("slug");
  CREATE UNIQUE INDEX "glossary_key_idx" ON "glossary" USING btree ("key");
  CREATE INDEX "glossary_admin_title_idx" ON "glossary" USING btree ("admin_title");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  CREATE INDEX "glossary__status_idx" ON "glossary" USING btree ("_status");
  CREATE UNIQUE INDEX "glossary_locales_locale_parent_id_unique" ON "glossary_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_glossary_v_parent_idx" ON "_glossary_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_v_version_version_slug_idx" ON "_glossary_v" USING btree ("version_slug");
  CREATE INDEX "_glossary_v_version_version_key_idx" ON "_glossary_v" USING btree ("version_key");
  CREATE INDEX "_glossary_v_version_version_admin_title_idx" ON "_glossary_v" USING btree ("version_admin_title");
  CREATE INDEX "_glossary_v_version_version_updated_at_idx" ON "_glossary_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_v_version_version_created_at_idx" ON "_glossary_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_v_version_version__status_idx" ON "_glossary_v" USING btree ("version__status");
  CREATE INDEX "_glossary_v_created_at_idx" ON "_glossary_v" USING btree ("created_at");
  CREATE INDEX "_glossary_v_updated_at_idx" ON "_glossary_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_v_snapshot_idx" ON "_glossary_v" USING btree ("snapshot");
  CREATE INDEX "_glossary_v_published_locale_idx" ON "_glossary_v" USING btree ("published_locale");
  CREATE INDEX "_glossary_v_latest_idx" ON "_glossary_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_glossary_v_locales_locale_parent_id_unique" ON "_glossary_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_sections_fields_order_idx" ON "forms_sections_fields" USING btree ("_order");
  CREATE INDEX "forms_sections_fields_parent_id_idx" ON "forms_sections_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "forms_sections_fields_locales_locale_parent_id_unique" ON "forms_sections_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_sections_order_idx" ON "forms_sections" USING btree ("_order");
  CREATE INDEX "forms_sections_parent_id_idx" ON "forms_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "forms_sections_locales_locale_parent_id_unique" ON "forms_sections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_bring_order_idx" ON "forms_bring" USING btree ("_order");
  CREATE INDEX "forms_bring_parent_id_idx" ON "forms_bring" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "forms_bring_locales_locale_parent_id_unique" ON "forms_bring_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_pages_order_idx" ON "forms_pages" USING btree ("_order");
  CREATE INDEX "forms_pages_parent_id_idx" ON "forms_pages" USING btree ("_parent_id");
  CREATE INDEX "forms_pages_image_idx" ON "forms_pages" USING btree ("image_id");
  CREATE INDEX "forms_office_idx" ON "forms" USING btree ("office_id");
  CREATE INDEX "forms_pdf_idx" ON "forms" USING btree ("pdf_id");
  CREATE UNIQUE INDEX "forms_code_idx" ON "forms" USING btree ("code");
  CREATE INDEX "forms_successor_idx" ON "forms" USING btree ("successor_id");
  CREATE UNIQUE INDEX "forms_key_idx" ON "forms" USING btree ("key");
  CREATE INDEX "forms_updated_at_idx" ON "forms" USING btree ("updated_at");
  CREATE INDEX "forms_created_at_idx" ON "forms" USING btree ("created_at");
  CREATE INDEX "forms__status_idx" ON "forms" USING btree ("_status");
  CREATE UNIQUE INDEX "forms_locales_locale_parent_id_unique" ON "forms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_forms_v_version_sections_fields_order_idx" ON "_forms_v_version_sections_fields" USING btree ("_order");
  CREATE INDEX "_forms_v_version_sections_fields_parent_id_idx" ON "_forms_v_version_sections_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_forms_v_version_sections_fields_locales_locale_parent_id_un" ON "_forms_v_version_sections_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_forms_v_version_sections_order_idx" ON "_forms_v_version_sections" USING btree ("_order");
  CREATE INDEX "_forms_v_version_sections_parent_id_idx" ON "_forms_v_version_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_forms_v_version_sections_locales_locale_parent_id_unique" ON "_forms_v_version_sections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_forms_v_version_bring_order_idx" ON "_forms_v_version_bring" USING btree ("_order");
  CREATE INDEX "_forms_v_version_bring_parent_id_idx" ON "_forms_v_version_bring" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_forms_v_version_bring_locales_locale_parent_id_unique" ON "_forms_v_version_bring_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_forms_v_version_pages_order_idx" ON "_forms_v_version_pages" USING btree ("_order");
  CREATE INDEX "_forms_v_version_pages_parent_id_idx" ON "_forms_v_version_pages" USING btree ("_parent_id");
  CREATE INDEX "_forms_v_version_pages_image_idx" ON "_forms_v_version_pages" USING btree ("image_id");
  CREATE INDEX "_forms_v_parent_idx" ON "_forms_v" USING btree ("parent_id");
  CREATE INDEX "_forms_v_version_version_office_idx" ON "_forms_v" USING btree ("version_office_id");
  CREATE INDEX "_forms_v_version_version_pdf_idx" ON "_forms_v" USING btree ("version_pdf_id");
  CREATE INDEX "_forms_v_version_version_code_idx" ON "_forms_v" USING btree ("version_code");
  CREATE INDEX "_forms_v_version_version_successor_idx" ON "_forms_v" USING btree ("version_successor_id");
  CREATE INDEX "_forms_v_version_version_key_idx" ON "_forms_v" USING btree ("version_key");
  CREATE INDEX "_forms_v_version_version_updated_at_idx" ON "_forms_v" USING btree ("version_updated_at");
  CREATE INDEX "_forms_v_version_version_created_at_idx" ON "_forms_v" USING btree ("version_created_at");
  CREATE INDEX "_forms_v_version_version__status_idx" ON "_forms_v" USING btree ("version__status");
  CREATE INDEX "_forms_v_created_at_idx" ON "_forms_v" USING btree ("created_at");
  CREATE INDEX "_forms_v_updated_at_idx" ON "_forms_v" USING btree ("updated_at");
  CREATE INDEX "_forms_v_snapshot_idx" ON "_forms_v" USING btree ("snapshot");
  CREATE INDEX "_forms_v_published_locale_idx" ON "_forms_v" USING btree ("published_locale");
  CREATE INDEX "_forms_v_latest_idx" ON "_forms_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_forms_v_locales_locale_parent_id_unique" ON "_forms_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "form_pdfs_updated_at_idx" ON "form_pdfs" USING btree ("updated_at");
  CREATE INDEX "form_pdfs_created_at_idx" ON "form_pdfs" USING btree ("created_at");
  CREATE UNIQUE INDEX "form_pdfs_filename_idx" ON "form_pdfs" USING btree ("filename");
  CREATE INDEX "form_page_images_updated_at_idx" ON "form_page_images" USING btree ("updated_at");
  CREATE INDEX "form_page_images_created_at_idx" ON "form_page_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "form_page_images_filename_idx" ON "form_page_images" USING btree ("filename");
  CREATE UNIQUE INDEX "form_codes_code_idx" ON "form_codes" USING btree ("code");
  CREATE INDEX "form_codes_updated_at_idx" ON "form_codes" USING btree ("updated_at");
  CREATE INDEX "form_codes_created_at_idx" ON "form_codes" USING btree ("created_at");
  CREATE INDEX "form_scan_counts_code_idx" ON "form_scan_counts" USING btree ("code");
  CREATE INDEX "form_scan_counts_day_idx" ON "form_scan_counts" USING btree ("day");
  CREATE INDEX "form_scan_counts_updated_at_idx" ON "form_scan_counts" USING btree ("updated_at");
  CREATE INDEX "form_scan_counts_created_at_idx" ON "form_scan_counts" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_translation_locales_order_idx" ON "users_translation_locales" USING btree ("order");
  CREATE INDEX "users_translation_locales_parent_idx" ON "users_translation_locales" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_started_at_idx" ON "site_builds" USING btree ("started_at");
  CREATE INDEX "site_builds_release_id_idx" ON "site_builds" USING btree ("release_id");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "feedback_subject_idx" ON "feedback" USING btree ("subject");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_due_on_idx" ON "feedback" USING btree ("due_on");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_fields_of_action_id_idx" ON "redirects_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "redirects_rels_measures_id_idx" ON "redirects_rels" USING btree ("measures_id");
  CREATE INDEX "redirects_rels_offices_id_idx" ON "redirects_rels" USING btree ("offices_id");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  CREATE INDEX "redirects_rels_news_id_idx" ON "redirects_rels" USING btree ("news_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_fields_of_action_id_idx" ON "payload_locked_documents_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "payload_locked_documents_rels_goals_id_idx" ON "payload_locked_documents_rels" USING btree ("goals_id");
  CREATE INDEX "payload_locked_documents_rels_measures_id_idx" ON "payload_locked_documents_rels" USING btree ("measures_id");
  CREATE INDEX "payload_locked_documents_rels_offices_id_idx" ON "payload_locked_documents_rels" USING btree ("offices_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_video_captions_id_idx" ON "payload_locked_documents_rels" USING btree ("video_captions_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");
  CREATE INDEX "payload_locked_documents_rels_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("forms_id");
  CREATE INDEX "payload_locked_documents_rels_form_pdfs_id_idx" ON "payload_locked_documents_rels" USING btree ("form_pdfs_id");
  CREATE INDEX "payload_locked_documents_rels_form_page_images_id_idx" ON "payload_locked_documents_rels" USING btree ("form_page_images_id");
  CREATE INDEX "payload_locked_documents_rels_form_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("form_codes_id");
  CREATE INDEX "payload_locked_documents_rels_form_scan_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("form_scan_counts_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "start_explanations_content_content_video_idx" ON "start_explanations" USING btree ("content_video_id");
  CREATE INDEX "start_explanations_navigation_navigation_video_idx" ON "start_explanations" USING btree ("navigation_video_id");
  CREATE INDEX "start_explanations_accessibility_accessibility_video_idx" ON "start_explanations" USING btree ("accessibility_video_id");
  CREATE INDEX "start_explanations_more_offers_more_offers_video_idx" ON "start_explanations" USING btree ("more_offers_video_id");
  CREATE UNIQUE INDEX "start_explanations_locales_locale_parent_id_unique" ON "start_explanations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "accessibility_statement_barriers_order_idx" ON "accessibility_statement_barriers" USING btree ("_order");
  CREATE INDEX "accessibility_statement_barriers_parent_id_idx" ON "accessibility_statement_barriers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "accessibility_statement_barriers_locales_locale_parent_id_un" ON "accessibility_statement_barriers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "accessibility_statement__status_idx" ON "accessibility_statement" USING btree ("_status");
  CREATE UNIQUE INDEX "accessibility_statement_locales_locale_parent_id_unique" ON "accessibility_statement_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_accessibility_statement_v_version_barriers_order_idx" ON "_accessibility_statement_v_version_barriers" USING btree ("_order");
  CREATE INDEX "_accessibility_statement_v_version_barriers_parent_id_idx" ON "_accessibility_statement_v_version_barriers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_accessibility_statement_v_version_barriers_locales_locale_p" ON "_accessibility_statement_v_version_barriers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_accessibility_statement_v_version_version__status_idx" ON "_accessibility_statement_v" USING btree ("version__status");
  CREATE INDEX "_accessibility_statement_v_created_at_idx" ON "_accessibility_statement_v" USING btree ("created_at");
  CREATE INDEX "_accessibility_statement_v_updated_at_idx" ON "_accessibility_statement_v" USING btree ("updated_at");
  CREATE INDEX "_accessibility_statement_v_snapshot_idx" ON "_accessibility_statement_v" USING btree ("snapshot");
  CREATE INDEX "_accessibility_statement_v_published_locale_idx" ON "_accessibility_statement_v" USING btree ("published_locale");
  CREATE INDEX "_accessibility_statement_v_latest_idx" ON "_accessibility_statement_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_accessibility_statement_v_locales_locale_parent_id_unique" ON "_accessibility_statement_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "imprint__status_idx" ON "imprint" USING btree ("_status");
  CREATE UNIQUE INDEX "imprint_locales_locale_parent_id_unique" ON "imprint_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_imprint_v_version_version__status_idx" ON "_imprint_v" USING btree ("version__status");
  CREATE INDEX "_imprint_v_created_at_idx" ON "_imprint_v" USING btree ("created_at");
  CREATE INDEX "_imprint_v_updated_at_idx" ON "_imprint_v" USING btree ("updated_at");
  CREATE INDEX "_imprint_v_snapshot_idx" ON "_imprint_v" USING btree ("snapshot");
  CREATE INDEX "_imprint_v_published_locale_idx" ON "_imprint_v" USING btree ("published_locale");
  CREATE INDEX "_imprint_v_latest_idx" ON "_imprint_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_imprint_v_locales_locale_parent_id_unique" ON "_imprint_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "privacy_notice__status_idx" ON "privacy_notice" USING btree ("_status");
  CREATE UNIQUE INDEX "privacy_notice_locales_locale_parent_id_unique" ON "privacy_notice_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_privacy_notice_v_version_version__status_idx" ON "_privacy_notice_v" USING btree ("version__status");
  CREATE INDEX "_privacy_notice_v_created_at_idx" ON "_privacy_notice_v" USING btree ("created_at");
  CREATE INDEX "_privacy_notice_v_updated_at_idx" ON "_privacy_notice_v" USING btree ("updated_at");
  CREATE INDEX "_privacy_notice_v_snapshot_idx" ON "_privacy_notice_v" USING btree ("snapshot");
  CREATE INDEX "_privacy_notice_v_published_locale_idx" ON "_privacy_notice_v" USING btree ("published_locale");
  CREATE INDEX "_privacy_notice_v_latest_idx" ON "_privacy_notice_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_privacy_notice_v_locales_locale_parent_id_unique" ON "_privacy_notice_v_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "fields_of_action_subtopics" CASCADE;
  DROP TABLE "fields_of_action_subtopics_locales" CASCADE;
  DROP TABLE "fields_of_action_focus_areas" CASCADE;
  DROP TABLE "fields_of_action_focus_areas_locales" CASCADE;
  DROP TABLE "fields_of_action" CASCADE;
  DROP TABLE "fields_of_action_locales" CASCADE;
  DROP TABLE "fields_of_action_rels" CASCADE;
  DROP TABLE "_fields_of_action_v_version_subtopics" CASCADE;
  DROP TABLE "_fields_of_action_v_version_subtopics_locales" CASCADE;
  DROP TABLE "_fields_of_action_v_version_focus_areas" CASCADE;
  DROP TABLE "_fields_of_action_v_version_focus_areas_locales" CASCADE;
  DROP TABLE "_fields_of_action_v" CASCADE;
  DROP TABLE "_fields_of_action_v_locales" CASCADE;
  DROP TABLE "_fields_of_action_v_rels" CASCADE;
  DROP TABLE "goals" CASCADE;
  DROP TABLE "goals_locales" CASCADE;
  DROP TABLE "_goals_v" CASCADE;
  DROP TABLE "_goals_v_locales" CASCADE;
  DROP TABLE "measures" CASCADE;
  DROP TABLE "measures_locales" CASCADE;
  DROP TABLE "measures_rels" CASCADE;
  DROP TABLE "_measures_v" CASCADE;
  DROP TABLE "_measures_v_locales" CASCADE;
  DROP TABLE "_measures_v_rels" CASCADE;
  DROP TABLE "offices" CASCADE;
  DROP TABLE "offices_locales" CASCADE;
  DROP TABLE "_offices_v" CASCADE;
  DROP TABLE "_offices_v_locales" CASCADE;
  DROP TABLE "pages_facts" CASCADE;
  DROP TABLE "pages_facts_locales" CASCADE;
  DROP TABLE "pages_signatories" CASCADE;
  DROP TABLE "pages_signatories_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_version_facts" CASCADE;
  DROP TABLE "_pages_v_version_facts_locales" CASCADE;
  DROP TABLE "_pages_v_version_signatories" CASCADE;
  DROP TABLE "_pages_v_version_signatories_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_locales" CASCADE;
  DROP TABLE "video_captions" CASCADE;
  DROP TABLE "glossary" CASCADE;
  DROP TABLE "glossary_locales" CASCADE;
  DROP TABLE "_glossary_v" CASCADE;
  DROP TABLE "_glossary_v_locales" CASCADE;
  DROP TABLE "forms_sections_fields" CASCADE;
  DROP TABLE "forms_sections_fields_locales" CASCADE;
  DROP TABLE "forms_sections" CASCADE;
  DROP TABLE "forms_sections_locales" CASCADE;
  DROP TABLE "forms_bring" CASCADE;
  DROP TABLE "forms_bring_locales" CASCADE;
  DROP TABLE "forms_pages" CASCADE;
  DROP TABLE "forms" CASCADE;
  DROP TABLE "forms_locales" CASCADE;
  DROP TABLE "_forms_v_version_sections_fields" CASCADE;
  DROP TABLE "_forms_v_version_sections_fields_locales" CASCADE;
  DROP TABLE "_forms_v_version_sections" CASCADE;
  DROP TABLE "_forms_v_version_sections_locales" CASCADE;
  DROP TABLE "_forms_v_version_bring" CASCADE;
  DROP TABLE "_forms_v_version_bring_locales" CASCADE;
  DROP TABLE "_forms_v_version_pages" CASCADE;
  DROP TABLE "_forms_v" CASCADE;
  DROP TABLE "_forms_v_locales" CASCADE;
  DROP TABLE "form_pdfs" CASCADE;
  DROP TABLE "form_page_images" CASCADE;
  DROP TABLE "form_codes" CASCADE;
  DROP TABLE "form_scan_counts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_translation_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "start_explanations" CASCADE;
  DROP TABLE "start_explanations_locales" CASCADE;
  DROP TABLE "accessibility_statement_barriers" CASCADE;
  DROP TABLE "accessibility_statement_barriers_locales" CASCADE;
  DROP TABLE "accessibility_statement" CASCADE;
  DROP TABLE "accessibility_statement_locales" CASCADE;
  DROP TABLE "_accessibility_statement_v_version_barriers" CASCADE;
  DROP TABLE "_accessibility_statement_v_version_barriers_locales" CASCADE;
  DROP TABLE "_accessibility_statement_v" CASCADE;
  DROP TABLE "_accessibility_statement_v_locales" CASCADE;
  DROP TABLE "imprint" CASCADE;
  DROP TABLE "imprint_locales" CASCADE;
  DROP TABLE "_imprint_v" CASCADE;
  DROP TABLE "_imprint_v_locales" CASCADE;
  DROP TABLE "privacy_notice" CASCADE;
  DROP TABLE "privacy_notice_locales" CASCADE;
  DROP TABLE "_privacy_notice_v" CASCADE;
  DROP TABLE "_privacy_notice_v_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_fields_of_action_status";
  DROP TYPE "public"."enum_fields_of_action_translation_state";
  DROP TYPE "public"."enum_fields_of_action_translation_provenance";
  DROP TYPE "public"."enum__fields_of_action_v_version_status";
  DROP TYPE "public"."enum__fields_of_action_v_published_locale";
  DROP TYPE "public"."enum__fields_of_action_v_version_translation_state";
  DROP TYPE "public"."enum__fields_of_action_v_version_translation_provenance";
  DROP TYPE "public"."enum_goals_group";
  DROP TYPE "public"."enum_goals_status";
  DROP TYPE "public"."enum_goals_translation_state";
  DROP TYPE "public"."enum_goals_translation_provenance";
  DROP TYPE "public"."enum__goals_v_version_group";
  DROP TYPE "public"."enum__goals_v_version_status";
  DROP TYPE "public"."enum__goals_v_published_locale";
  DROP TYPE "public"."enum__goals_v_version_translation_state";
  DROP TYPE "public"."enum__goals_v_version_translation_provenance";
  DROP TYPE "public"."enum_measures_kind";
  DROP TYPE "public"."enum_measures_status";
  DROP TYPE "public"."enum_measures_translation_state";
  DROP TYPE "public"."enum_measures_translation_provenance";
  DROP TYPE "public"."enum__measures_v_version_kind";
  DROP TYPE "public"."enum__measures_v_version_status";
  DROP TYPE "public"."enum__measures_v_published_locale";
  DROP TYPE "public"."enum__measures_v_version_translation_state";
  DROP TYPE "public"."enum__measures_v_version_translation_provenance";
  DROP TYPE "public"."enum_offices_status";
  DROP TYPE "public"."enum_offices_translation_state";
  DROP TYPE "public"."enum_offices_translation_provenance";
  DROP TYPE "public"."enum__offices_v_version_status";
  DROP TYPE "public"."enum__offices_v_published_locale";
  DROP TYPE "public"."enum__offices_v_version_translation_state";
  DROP TYPE "public"."enum__offices_v_version_translation_provenance";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum_pages_translation_state";
  DROP TYPE "public"."enum_pages_translation_provenance";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum__pages_v_version_translation_state";
  DROP TYPE "public"."enum__pages_v_version_translation_provenance";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum_news_translation_state";
  DROP TYPE "public"."enum_news_translation_provenance";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum__news_v_version_translation_state";
  DROP TYPE "public"."enum__news_v_version_translation_provenance";
  DROP TYPE "public"."enum_glossary_status";
  DROP TYPE "public"."enum_glossary_translation_state";
  DROP TYPE "public"."enum_glossary_translation_provenance";
  DROP TYPE "public"."enum__glossary_v_version_status";
  DROP TYPE "public"."enum__glossary_v_published_locale";
  DROP TYPE "public"."enum__glossary_v_version_translation_state";
  DROP TYPE "public"."enum__glossary_v_version_translation_provenance";
  DROP TYPE "public"."enum_forms_lifecycle";
  DROP TYPE "public"."enum_forms_status";
  DROP TYPE "public"."enum_forms_translation_state";
  DROP TYPE "public"."enum_forms_translation_provenance";
  DROP TYPE "public"."enum__forms_v_version_lifecycle";
  DROP TYPE "public"."enum__forms_v_version_status";
  DROP TYPE "public"."enum__forms_v_published_locale";
  DROP TYPE "public"."enum__forms_v_version_translation_state";
  DROP TYPE "public"."enum__forms_v_version_translation_provenance";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_translation_locales";
  DROP TYPE "public"."enum_site_builds_kind";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_feedback_topic";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_start_explanations_review_status";
  DROP TYPE "public"."enum_accessibility_statement_barriers_reason";
  DROP TYPE "public"."enum_accessibility_statement_status";
  DROP TYPE "public"."enum_accessibility_statement_review_method";
  DROP TYPE "public"."enum__accessibility_statement_v_version_barriers_reason";
  DROP TYPE "public"."enum__accessibility_statement_v_version_status";
  DROP TYPE "public"."enum__accessibility_statement_v_version_review_method";
  DROP TYPE "public"."enum__accessibility_statement_v_published_locale";
  DROP TYPE "public"."enum_imprint_status";
  DROP TYPE "public"."enum__imprint_v_version_status";
  DROP TYPE "public"."enum__imprint_v_published_locale";
  DROP TYPE "public"."enum_privacy_notice_status";
  DROP TYPE "public"."enum__privacy_notice_v_version_status";
  DROP TYPE "public"."enum__privacy_notice_v_published_locale";`)
}

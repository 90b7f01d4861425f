/**
 * What someone with an editor's (or a stolen translator's) account types into a field to run
 * script in residents' browsers or in other editors' admin. Each payload reports itself through
 * `__xss(n)` (or opens a dialog), so a browser test can tell which one ran and where.
 * `xss` is in every payload, so the built pages that carry one can be found by a text search.
 */
const calls = (n: number) => [`__xss(${n})`, `alert(${n})`, `top.__xss(${n})`]

const templates: ((call: string, n: number) => string)[] = [
  (call) => `<script>${call}</script>`,
  (call) => `<SCRIPT>${call}</SCRIPT>`,
  (call) => `<script src="data:text/javascript,${call}"></script>`,
  (call) => `"><script>${call}</script>`,
  (call) => `'><script>${call}</script>`,
  (call) => `</title><script>${call}</script>`,
  (call) => `</script><script>${call}</script>`,
  (call) => `</textarea><script>${call}</script>`,
  (call) => `</style><script>${call}</script>`,
  (call) => `<img src=x onerror=${call}>`,
  (call) => `"><img src=x onerror=${call}>`,
  (call) => `' onmouseover='${call}' x='`,
  (call) => `" autofocus onfocus="${call}" x="`,
  (call) => `<svg onload=${call}>`,
  (call) => `<svg><script>${call}</script></svg>`,
  (call) => `<svg><animate onbegin=${call} attributeName=x dur=1s>`,
  (call) => `<math><mtext><table><mglyph><style><img src=x onerror=${call}>`,
  (call) => `<iframe srcdoc="<script>parent.${call}</script>">`,
  (call) => `<iframe src="javascript:parent.${call}">`,
  (call) => `<object data="javascript:${call}">`,
  (call) => `<embed src="javascript:${call}">`,
  (call) => `<body onload=${call}>`,
  (call) => `<details open ontoggle=${call}>`,
  (call) => `<video><source onerror=${call}>`,
  (call) => `<audio src=x onerror=${call}>`,
  (call) => `<input autofocus onfocus=${call}>`,
  (call) => `<marquee onstart=${call}>`,
  (call) => `<a href="javascript:${call}">xss-link</a>`,
  (call) => `javascript:${call}`,
  (call) => `JaVaScRiPt:${call}`,
  (call) => `java\tscript:${call}`,
  (call) => ` javascript:${call}`,
  (call) => `&#106;avascript:${call}`,
  (call) => `javascript&colon;${call}`,
  (call) => `data:text/html,<script>${call}</script>`,
  (call) => `vbscript:${call}`,
  (call) => `&lt;script&gt;${call}&lt;/script&gt;`,
  (call) => `&#60;img src=x onerror=${call}&#62;`,
  (call) => `<img src=x onerror=&#${call.charCodeAt(0)};${call.slice(1)}>`,
  (call) => `<scr<script>ipt>${call}</scr</script>ipt>`,
  (call) => `<<script>${call}//<</script>`,
  (call) => `<!--<script>${call}</script>-->`,
  (call) => `<![CDATA[<script>${call}</script>]]>`,
  (call) => `\u202e<script>${call}</script>\u202c`,
  (call) => `\u2028<script>${call}</script>\u2029`,
  (call) => `\${${call}}`,
  (call) => `\`;${call};\``,
  (call) => `{{constructor.constructor('${call}')()}}`,
  (call) => `"};${call};//`,
  (call) => `\\u003cscript\\u003e${call}\\u003c/script\\u003e`,
  (call) => `</script><img src=x onerror=${call}>{"a":"`,
  (call) => `<style>@import 'javascript:${call}';</style>`,
  (call) => `<link rel=stylesheet href="javascript:${call}">`,
  (call) => `<meta http-equiv="refresh" content="0;url=javascript:${call}">`,
  (call) => `<base href="javascript:${call}//">`,
  (call) => `<form><button formaction=javascript:${call}>xss</button></form>`,
  (call) => `<noscript><p title="</noscript><img src=x onerror=${call}>">`,
  (call) => `<a href=# onclick=${call}>xss</a>`,
]

export type XssPayload = { id: number; text: string }

/** At least 50 payloads, numbered from 1; `xss` in each one marks where it lands. */
export const xssPayloads: XssPayload[] = templates.map((template, index) => {
  const id = index + 1
  const call = calls(id)[index % 3]!
  return { id, text: `xss${id} ${template(call, id)}` }
})

/** The payloads that are URLs: for link targets and redirect destinations. */
export const xssUrls = xssPayloads
  .filter((payload) => /(javascript|data|vbscript)[:&]/i.test(payload.text))
  .map((payload) => ({ id: payload.id, text: payload.text.replace(/^xss\d+ /, '') }))

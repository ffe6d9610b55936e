/*
 * in_html.c: web pages -> main text and metadata, with libxml2's HTML
 * parser (first version: block text outside page furniture; the full
 * main-content extractor replaces it).
 */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>

#include "ds.h"

static int skip_tag(const char *n)
{
	static const char *const tags[] = {"script", "style", "nav", "footer", "aside",
					   "form", "noscript", "header", "iframe", "svg",
					   "button", "select", "template"};
	for (size_t i = 0; i < DS_ARRAY_LEN(tags); i++)
		if (!strcasecmp(n, tags[i]))
			return 1;
	return 0;
}

static int block_tag(const char *n)
{
	static const char *const tags[] = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
					   "blockquote", "div", "section", "article", "br",
					   "tr", "dd", "dt", "pre", "figcaption"};
	for (size_t i = 0; i < DS_ARRAY_LEN(tags); i++)
		if (!strcasecmp(n, tags[i]))
			return 1;
	return 0;
}

static void walk(xmlNode *n, struct ds_buf *out)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				ds_buf_adds(out, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)n->name;
		if (skip_tag(name))
			continue;
		int block = block_tag(name);
		if (block)
			ds_buf_addc(out, '\n');
		walk(n->children, out);
		if (block)
			ds_buf_addc(out, '\n');
	}
}

static xmlNode *find(xmlNode *n, const char *name)
{
	for (; n; n = n->next) {
		if (n->type == XML_ELEMENT_NODE && !strcasecmp((const char *)n->name, name))
			return n;
		xmlNode *c = find(n->children, name);
		if (c)
			return c;
	}
	return NULL;
}

static void meta(struct dossier_doc *doc, xmlNode *n, struct ds_page *page)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcasecmp((const char *)n->name, "meta")) {
			xmlChar *prop = xmlGetProp(n, (const xmlChar *)"property");
			if (!prop)
				prop = xmlGetProp(n, (const xmlChar *)"name");
			xmlChar *content = xmlGetProp(n, (const xmlChar *)"content");
			if (prop && content) {
				const char *p = (const char *)prop;
				if (!page->date && (!strcasecmp(p, "article:published_time") ||
						    !strcasecmp(p, "datePublished") ||
						    !strcasecmp(p, "date")))
					page->date = ds_arena_strdup(&doc->arena, (const char *)content);
				if (!page->title && !strcasecmp(p, "og:title"))
					page->title = ds_arena_strdup(&doc->arena, (const char *)content);
				if (!page->url && !strcasecmp(p, "og:url"))
					page->url = ds_arena_strdup(&doc->arena, (const char *)content);
			}
			xmlFree(prop);
			xmlFree(content);
		} else if (!strcasecmp((const char *)n->name, "link")) {
			xmlChar *rel = xmlGetProp(n, (const xmlChar *)"rel");
			xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
			if (rel && href && !strcasecmp((const char *)rel, "canonical"))
				page->url = ds_arena_strdup(&doc->arena, (const char *)href);
			xmlFree(rel);
			xmlFree(href);
		}
		meta(doc, n->children, page);
	}
}

int ds_html_extract(struct dossier_doc *doc, const char *html, size_t len, const char *charset,
		    struct ds_page *page)
{
	if (len > (size_t)INT32_MAX)
		return DOSSIER_E_TOOBIG;
	htmlDocPtr d = htmlReadMemory(html, (int)len, NULL, charset,
				      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
					      HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
					      HTML_PARSE_COMPACT);
	if (!d)
		return DOSSIER_E_FORMAT;
	xmlNode *root = xmlDocGetRootElement(d);
	meta(doc, root, page);
	if (!page->title) {
		xmlNode *t = find(root, "title");
		if (t) {
			xmlChar *s = xmlNodeGetContent(t);
			if (s)
				page->title = ds_arena_strdup(&doc->arena, (const char *)s);
			xmlFree(s);
		}
	}
	xmlNode *body = find(root, "body");
	struct ds_buf raw = DS_BUF_INIT;
	walk(body ? body->children : root, &raw);
	ds_utf8_repair(&page->body, raw.ptr ? raw.ptr : "", raw.len);
	ds_buf_release(&raw);
	xmlFreeDoc(d);
	return 0;
}

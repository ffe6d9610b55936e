/*
 * svg.c: the overview's charts as inline SVG, drawn by the server (no
 * script, no image files): per provider, the deals pledged and delivered
 * stacked by root category; and by month, the deals first reported then,
 * by how far they got. Colours come from classes of style.css (the CSP
 * allows no style attribute); every bar has a <title> with its figures and
 * links to the tracker rows it counts. Names are escaped like any text.
 */
#include <string.h>

#include "page.h"

/* A round step for about `ticks` grid lines up to max (1, 2, 5, 10...). */
static unsigned long nice_step(unsigned long max, unsigned ticks)
{
	unsigned long step = 1;
	static const unsigned mult[] = {2, 5, 10};
	unsigned long base = 1;
	for (int k = 0; max / step > ticks; k = (k + 1) % 3) {
		step = base * mult[k];
		if (k == 2)
			base *= 10;
	}
	return step;
}

static void tracker_link(struct wbuf *b, const char *provider, const char *category,
			 const char *status)
{
	wb_adds(b, "<a href=\"/tracker?provider=");
	wb_url(b, provider);
	if (category) {
		wb_adds(b, "&amp;category=");
		wb_url(b, category);
	}
	if (status)
		wb_addf(b, "&amp;status=%s", status);
	wb_adds(b, "\">");
}

#define ROW_H 30
#define BAR_H 10
#define LABEL_W 170
#define PLOT_W 560
#define CHART_W (LABEL_W + PLOT_W + 70)

void svg_providers(struct wbuf *b, const struct chart_provider *p, size_t n,
		   const char *const *tops, size_t n_tops)
{
	unsigned long max = 1;
	for (size_t i = 0; i < n; i++) {
		if (p[i].total_pledged > max)
			max = p[i].total_pledged;
		if (p[i].total_delivered > max)
			max = p[i].total_delivered;
	}
	unsigned long step = nice_step(max, 5);
	unsigned long top = (max + step - 1) / step * step;
	unsigned height = 34 + (unsigned)n * ROW_H + 10;
	wb_addf(b, "<svg class=\"chart providers\" xmlns=\"http://www.w3.org/2000/svg\" "
		   "viewBox=\"0 0 %d %u\" role=\"img\" aria-labelledby=\"providers-title\">"
		   "<title id=\"providers-title\">Deals pledged and delivered per provider, by "
		   "category</title>", CHART_W, height);
	/* grid and scale */
	for (unsigned long v = 0; v <= top; v += step) {
		double x = LABEL_W + (double)v * PLOT_W / (double)top;
		wb_addf(b, "<line class=\"grid\" x1=\"%.1f\" y1=\"24\" x2=\"%.1f\" y2=\"%u\"/>"
			   "<text class=\"tick\" x=\"%.1f\" y=\"16\" text-anchor=\"middle\">%lu</text>",
			x, x, height - 6, x, v);
	}
	for (size_t i = 0; i < n; i++) {
		unsigned y = 30 + (unsigned)i * ROW_H;
		wb_adds(b, "<g class=\"row\">");
		tracker_link(b, p[i].name, NULL, NULL);
		wb_addf(b, "<text class=\"label\" x=\"%d\" y=\"%u\" text-anchor=\"end\">",
			LABEL_W - 8, y + BAR_H + 4);
		wb_html(b, p[i].name);
		wb_adds(b, "</text></a>");
		for (int bar = 0; bar < 2; bar++) {
			const unsigned long *v = bar ? p[i].delivered : p[i].pledged;
			const unsigned long long *u = bar ? p[i].delivered_units : p[i].pledged_units;
			unsigned yy = y + (unsigned)bar * (BAR_H + 2);
			unsigned long sum = 0;
			long x = LABEL_W;
			for (size_t k = 0; k < n_tops && k < WEB_MAX_TOPS; k++) {
				if (!v[k])
					continue;
				/* whole units of the viewBox, rounded where the
				 * stack ends so that errors do not add up */
				sum += v[k];
				long x1 = LABEL_W + (long)((double)sum * PLOT_W / (double)top + 0.5);
				long w = x1 - x > 0 ? x1 - x : 1;
				tracker_link(b, p[i].name, tops[k], bar ? "delivered" : NULL);
				wb_addf(b, "<rect class=\"c%zu%s\" x=\"%ld\" y=\"%u\" width=\"%ld\" "
					   "height=\"%d\"><title>", k, bar ? " delivered" : "", x, yy,
					w, BAR_H);
				wb_html(b, p[i].name);
				wb_adds(b, ", ");
				wb_html(b, tops[k]);
				wb_addf(b, ": %lu deal%s %s", v[k], v[k] == 1 ? "" : "s",
					bar ? "delivered" : "pledged");
				if (u[k])
					wb_addf(b, " (%llu units)", u[k]);
				wb_adds(b, "</title></rect></a>");
				x = x1;
			}
			wb_addf(b, "<text class=\"total\" x=\"%ld\" y=\"%u\">%lu %s</text>", x + 4,
				yy + BAR_H - 1, bar ? p[i].total_delivered : p[i].total_pledged,
				bar ? "delivered" : "pledged");
		}
		wb_adds(b, "</g>");
	}
	wb_adds(b, "</svg>");
}

static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

#define TL_X0 48
#define TL_W 760
#define TL_H 220
#define TL_TOP 16

void svg_timeline(struct wbuf *b, const struct chart_month *m, size_t n)
{
	unsigned long max = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned long t = m[i].pledged + m[i].delivered + m[i].other;
		if (t > max)
			max = t;
	}
	unsigned long step = nice_step(max, 4);
	unsigned long top = (max + step - 1) / step * step;
	unsigned bottom = TL_TOP + TL_H;
	wb_addf(b, "<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/svg\" "
		   "viewBox=\"0 0 %d %u\" role=\"img\" aria-labelledby=\"timeline-title\">"
		   "<title id=\"timeline-title\">Deals by the month they were first reported: "
		   "delivered since, pledged, other</title>", TL_X0 + TL_W + 12, bottom + 40);
	for (unsigned long v = 0; v <= top; v += step) {
		double y = bottom - (double)v * TL_H / (double)top;
		wb_addf(b, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
			   "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%lu</text>",
			TL_X0, y, TL_X0 + TL_W, y, TL_X0 - 6, y + 4, v);
	}
	double slot = n ? (double)TL_W / (double)n : TL_W;
	double bw = slot > 4 ? slot * 0.8 : slot;
	for (size_t i = 0; i < n; i++) {
		double x = TL_X0 + (double)i * slot + (slot - bw) / 2;
		const struct chart_month *c = &m[i];
		wb_addf(b, "<a href=\"/tracker?since=%04d-%02d&amp;until=%04d-%02d\"><g class=\"month\">"
			   "<title>%s %d: %lu deal%s first reported; %lu delivered since, %lu pledged, "
			   "%lu other</title>", c->year, c->month, c->year, c->month,
			month_names[(c->month - 1) % 12], c->year, c->pledged + c->delivered + c->other,
			c->pledged + c->delivered + c->other == 1 ? "" : "s", c->delivered, c->pledged,
			c->other);
		/* a transparent column keeps empty months clickable */
		wb_addf(b, "<rect class=\"hit\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>", x,
			TL_TOP, bw, TL_H);
		double y = bottom;
		const unsigned long parts[3] = {c->delivered, c->pledged, c->other};
		static const char *const cls[3] = {"delivered", "pledged", "other"};
		for (int k = 0; k < 3; k++) {
			if (!parts[k])
				continue;
			double h = (double)parts[k] * TL_H / (double)top;
			y -= h;
			wb_addf(b, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
				   "height=\"%.1f\"/>", cls[k], x, y, bw, h);
		}
		wb_adds(b, "</g></a>");
		/* a label at each January and at the first month; every month
		 * when there are few */
		if (n <= 14 || c->month == 1 || i == 0) {
			if (n <= 14)
				wb_addf(b, "<text class=\"tick\" x=\"%.1f\" y=\"%u\" "
					   "text-anchor=\"middle\">%s</text>",
					x + bw / 2, bottom + 14, month_names[(c->month - 1) % 12]);
			if (c->month == 1 || i == 0)
				wb_addf(b, "<text class=\"year\" x=\"%.1f\" y=\"%u\">%d</text>", x,
					bottom + 30, c->year);
		}
	}
	wb_addf(b, "<line class=\"axis\" x1=\"%d\" y1=\"%u\" x2=\"%d\" y2=\"%u\"/></svg>", TL_X0,
		bottom, TL_X0 + TL_W, bottom);
}

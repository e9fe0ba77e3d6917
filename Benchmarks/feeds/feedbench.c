/* The floor for building a feed with libical: reads the events samplan-bench exported
 * (events.tsv: uid, start, end, summary, location, description, url, categories separated by |),
 * builds the same VCALENDAR with libical directly and serializes it, and prints the time taken.
 * Build: cc feedbench.c $(pkg-config --cflags --libs libical) -O2 -o feedbench */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_EVENTS 20000
#define FIELDS 8

static char *unescape(char *s) {
    char *r = s, *w = s;
    while (*r) {
        if (r[0] == '\\' && r[1] == 'n') { *w++ = '\n'; r += 2; }
        else if (r[0] == '\\' && r[1] == 't') { *w++ = '\t'; r += 2; }
        else if (r[0] == '\\' && r[1] == '\\') { *w++ = '\\'; r += 2; }
        else *w++ = *r++;
    }
    *w = 0;
    return s;
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: feedbench events.tsv [runs]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    static char *fields[MAX_EVENTS][FIELDS];
    int count = 0;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0 && count < MAX_EVENTS) {
        line[strcspn(line, "\n")] = 0;
        char *rest = strdup(line);
        for (int i = 0; i < FIELDS; i++) fields[count][i] = unescape(strsep(&rest, "\t") ?: "");
        count++;
    }
    fclose(f);
    icaltimezone *zone = icaltimezone_get_builtin_timezone("Europe/Stockholm");
    double best = 1e9, total = 0;
    size_t bytes = 0;
    for (int run = 0; run < runs; run++) {
        double start = now_ms();
        icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
        icalcomponent_add_property(cal, icalproperty_new_prodid("-//bench//C//SV"));
        icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
        icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
        icalcomponent_add_property(cal, icalproperty_new_name("Bench"));
        icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
        icalproperty_set_tzid(icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY), "Europe/Stockholm");
        icalcomponent_add_component(cal, vtz);
        struct icaltimetype stamp = icaltime_from_timet_with_zone(1795435200, 0, icaltimezone_get_utc_timezone());
        for (int i = 0; i < count; i++) {
            icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
            icalcomponent_add_property(ev, icalproperty_new_uid(fields[i][0]));
            icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
            icalcomponent_add_property(ev, icalproperty_new_created(stamp));
            icalcomponent_add_property(ev, icalproperty_new_lastmodified(stamp));
            icalcomponent_add_property(ev, icalproperty_new_sequence(3600000));
            icalproperty *s = icalproperty_new_dtstart(icaltime_from_string(fields[i][1]));
            icalproperty_add_parameter(s, icalparameter_new_tzid("Europe/Stockholm"));
            icalcomponent_add_property(ev, s);
            icalproperty *e = icalproperty_new_dtend(icaltime_from_string(fields[i][2]));
            icalproperty_add_parameter(e, icalparameter_new_tzid("Europe/Stockholm"));
            icalcomponent_add_property(ev, e);
            icalcomponent_add_property(ev, icalproperty_new_summary(fields[i][3]));
            icalcomponent_add_property(ev, icalproperty_new_location(fields[i][4]));
            icalcomponent_add_property(ev, icalproperty_new_description(fields[i][5]));
            icalcomponent_add_property(ev, icalproperty_new_url(fields[i][6]));
            char *cats = strdup(fields[i][7]), *c, *save = cats;
            while ((c = strsep(&cats, "|")) != NULL) if (*c) icalcomponent_add_property(ev, icalproperty_new_categories(c));
            free(save);
            icalcomponent_add_property(ev, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
            icalcomponent_add_component(cal, ev);
        }
        char *text = icalcomponent_as_ical_string_r(cal);
        bytes = strlen(text);
        free(text);
        icalcomponent_free(cal);
        double took = now_ms() - start;
        total += took;
        if (took < best) best = took;
    }
    printf("C + libical: %d events, %zu bytes, best %.1f ms, mean %.1f ms over %d runs\n", count, bytes, best, total / runs, runs);
    return 0;
}

internal import CLibical
import Foundation

/// Writes a `CalendarDocument` as RFC 5545 text. Every component and property is built with libical,
/// which does the escaping, folding and CRLF line ends; nothing here writes iCalendar syntax.
public enum CalendarWriter {
    /// Why a calendar could not be written.
    public struct Failure: Error, Hashable, Sendable {
        /// The time zone is not one libical knows.
        public static let unknownTimeZone = Failure(code: 1)
        /// libical returned no text.
        public static let serialization = Failure(code: 2)
        /// A duration (refresh, alarm) libical could not read.
        public static let invalidDuration = Failure(code: 3)
        /// The code.
        public let code: Int
    }

    /// The calendar as iCalendar text (CRLF line ends, folded at 75 octets).
    public static func render(_ document: CalendarDocument) throws(Failure) -> String {
        let result: Result<String, Failure> = Libical.withLock {
            guard let root = icalcomponent_new(ICAL_VCALENDAR_COMPONENT) else { return .failure(.serialization) }
            defer { icalcomponent_free(root) }
            icalcomponent_add_property(root, icalproperty_new_prodid(document.productID))
            icalcomponent_add_property(root, icalproperty_new_version("2.0"))
            icalcomponent_add_property(root, icalproperty_new_calscale("GREGORIAN"))
            switch document.method {
            case .request?: icalcomponent_add_property(root, icalproperty_new_method(ICAL_METHOD_REQUEST))
            case .cancel?: icalcomponent_add_property(root, icalproperty_new_method(ICAL_METHOD_CANCEL))
            case nil:
                icalcomponent_add_property(root, icalproperty_new_name(document.name))
                addExtension(root, "X-WR-CALNAME", document.name)
            }
            addExtension(root, "X-WR-TIMEZONE", document.timeZone)
            if let refresh = document.refreshInterval {
                let duration = icaldurationtype_from_string(refresh)
                guard icaldurationtype_is_bad_duration(duration) == 0 else { return .failure(.invalidDuration) }
                let property = icalproperty_new_refreshinterval(duration)
                icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_DURATION))
                icalcomponent_add_property(root, property)
                addExtension(root, "X-PUBLISHED-TTL", refresh)
            }
            guard let zone = icaltimezone_get_builtin_timezone(document.timeZone),
                let vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone))
            else { return .failure(.unknownTimeZone) }
            // libical names built-in zones with a prefix; clients expect the plain IANA name.
            if let tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY) {
                icalproperty_set_tzid(tzid, document.timeZone)
            }
            let earliest = document.events.map(\.start).min()
            if let earliest {
                // Keep only the rules in force from the first event on (libical ships ~60 historical ones).
                var from = icaltimetype(earliest)
                from.month = 1
                from.day = 1
                icaltimezone_truncate_vtimezone(vtimezone, from, icaltime_null_time(), 1)
            }
            icalcomponent_add_component(root, vtimezone)
            for event in document.events {
                guard let component = makeEvent(event, timeZone: document.timeZone) else { return .failure(.invalidDuration) }
                icalcomponent_add_component(root, component)
            }
            guard let text = icalcomponent_as_ical_string_r(root) else { return .failure(.serialization) }
            defer { free(text) }
            return .success(String(cString: text))
        }
        return try result.get()
    }

    private static func addExtension(_ component: OpaquePointer, _ name: String, _ value: String) {
        // libical 3.0 escapes backslashes and newlines in X- values but never `,` or `;`, so those
        // would break the TEXT grammar there. They become dashes in X- values only; NAME (RFC 7986)
        // carries the exact text, escaped by libical.
        let safe = value.replacingOccurrences(of: ", ", with: " – ").replacingOccurrences(of: "; ", with: " – ")
            .replacingOccurrences(of: ",", with: "–").replacingOccurrences(of: ";", with: "–")
        let property = icalproperty_new_x(safe)
        icalproperty_set_x_name(property, name)
        icalcomponent_add_property(component, property)
    }

    private static func utc(_ seconds: Int) -> icaltimetype {
        icaltime_from_timet_with_zone(time_t(seconds), 0, icaltimezone_get_utc_timezone())
    }

    private static func local(_ property: OpaquePointer?, zone: String) -> OpaquePointer? {
        icalproperty_add_parameter(property, icalparameter_new_tzid(zone))
        return property
    }

    private static func makeEvent(_ event: CalendarEvent, timeZone: String) -> OpaquePointer? {
        guard let component = icalcomponent_new(ICAL_VEVENT_COMPONENT) else { return nil }
        icalcomponent_add_property(component, icalproperty_new_uid(event.uid))
        icalcomponent_add_property(component, icalproperty_new_dtstamp(utc(event.lastModified)))
        icalcomponent_add_property(component, icalproperty_new_created(utc(event.created)))
        icalcomponent_add_property(component, icalproperty_new_lastmodified(utc(event.lastModified)))
        icalcomponent_add_property(component, icalproperty_new_sequence(Int32(clamping: event.sequence)))
        icalcomponent_add_property(component, local(icalproperty_new_dtstart(icaltimetype(event.start)), zone: timeZone))
        icalcomponent_add_property(component, local(icalproperty_new_dtend(icaltimetype(event.end)), zone: timeZone))
        icalcomponent_add_property(component, icalproperty_new_summary(event.summary))
        if let location = event.location { icalcomponent_add_property(component, icalproperty_new_location(location)) }
        if let description = event.description { icalcomponent_add_property(component, icalproperty_new_description(description)) }
        if let url = event.url { icalcomponent_add_property(component, icalproperty_new_url(url)) }
        if !event.categories.isEmpty {
            guard let categories = categories(event.categories) else {
                icalcomponent_free(component)
                return nil
            }
            icalcomponent_add_property(component, categories)
        }
        icalcomponent_add_property(
            component, icalproperty_new_status(event.status == .cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED))
        if let organizer = event.organizer {
            let property = icalproperty_new_organizer("mailto:" + organizer.email)
            icalproperty_add_parameter(property, icalparameter_new_cn(organizer.name))
            icalcomponent_add_property(component, property)
        }
        for attendee in event.attendees {
            let property = icalproperty_new_attendee("mailto:" + attendee.email)
            icalproperty_add_parameter(property, icalparameter_new_cn(attendee.name))
            icalproperty_add_parameter(property, icalparameter_new_role(role(attendee.role)))
            icalproperty_add_parameter(property, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION))
            icalproperty_add_parameter(property, icalparameter_new_rsvp(attendee.rsvp ? ICAL_RSVP_TRUE : ICAL_RSVP_FALSE))
            icalcomponent_add_property(component, property)
        }
        if let alarm = event.alarm {
            let trigger = icaltriggertype_from_string(alarm.trigger)
            guard icaltriggertype_is_bad_trigger(trigger) == 0, let valarm = icalcomponent_new(ICAL_VALARM_COMPONENT) else {
                icalcomponent_free(component)
                return nil
            }
            icalcomponent_add_property(valarm, icalproperty_new_action(ICAL_ACTION_DISPLAY))
            icalcomponent_add_property(valarm, icalproperty_new_trigger(trigger))
            icalcomponent_add_property(valarm, icalproperty_new_description(alarm.description))
            icalcomponent_add_component(component, valarm)
        }
        return component
    }

    /// One CATEGORIES property with every value, comma-separated (RFC 5545 §3.8.1.2): several CATEGORIES
    /// properties in one event make some widely used parsers reject the whole feed.
    ///
    /// libical 3.0 writes a CATEGORIES text value with `,` and `;` unescaped (it takes a comma there
    /// as the list separator), so a focus area named "Barn, unga" would come back as two categories.
    /// Each value is therefore escaped by libical as a TEXT value on its own (`\,` `\;` `\\` `\n`), the
    /// escaped values are joined with the list separator, and the list is set as a value libical
    /// writes as it is. `VALUE=TEXT` keeps libical from announcing that value as `VALUE=STRING`;
    /// TEXT is the default type of CATEGORIES, so libical writes no VALUE parameter at all.
    /// libical's parser splits the list at unescaped commas and unescapes each value.
    private static func categories(_ values: [String]) -> OpaquePointer? {
        var escaped: [String] = []
        for value in values {
            guard let text = icalvalue_new_text(value) else { return nil }
            defer { icalvalue_free(text) }
            guard let quoted = icalvalue_as_ical_string_r(text) else { return nil }
            defer { free(quoted) }
            escaped.append(String(cString: quoted))
        }
        guard let property = icalproperty_new(ICAL_CATEGORIES_PROPERTY), let list = icalvalue_new_string(escaped.joined(separator: ","))
        else { return nil }
        icalproperty_set_value(property, list)
        icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_TEXT))
        return property
    }

    private static func role(_ role: CalendarEvent.Participant.Role) -> icalparameter_role {
        switch role {
        case .chair: ICAL_ROLE_CHAIR
        case .required: ICAL_ROLE_REQPARTICIPANT
        case .optional: ICAL_ROLE_OPTPARTICIPANT
        case .none: ICAL_ROLE_NONPARTICIPANT
        }
    }
}

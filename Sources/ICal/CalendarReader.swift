internal import CLibical
import Foundation

/// What libical reads back from iCalendar text: for tests, `samplan diff` and checks of produced feeds.
public struct ParsedCalendar: Hashable, Sendable {
    /// One VEVENT as read.
    public struct Event: Hashable, Sendable {
        /// UID.
        public var uid: String?
        /// SEQUENCE.
        public var sequence: Int?
        /// DTSTAMP present.
        public var hasStamp: Bool
        /// DTSTART as written (local) and its TZID.
        public var start: LocalDateTime?
        /// The TZID parameter of DTSTART.
        public var startZone: String?
        /// DTSTART as seconds since 1970, resolved through the calendar's VTIMEZONE.
        public var startEpoch: Int?
        /// DTEND as written.
        public var end: LocalDateTime?
        /// SUMMARY.
        public var summary: String?
        /// LOCATION.
        public var location: String?
        /// DESCRIPTION.
        public var description: String?
        /// URL.
        public var url: String?
        /// STATUS.
        public var status: String?
        /// CATEGORIES values.
        public var categories: [String]
        /// ORGANIZER value (`mailto:…`).
        public var organizer: String?
        /// ATTENDEE values.
        public var attendees: [String]
        /// Number of VALARMs.
        public var alarms: Int
        /// A DURATION property is present.
        public var hasDuration: Bool
    }

    /// Calendar-level properties by name (first value), e.g. `PRODID`, `X-WR-CALNAME`.
    public var properties: [String: String]
    /// The TZIDs of the VTIMEZONEs.
    public var timeZones: [String]
    /// The events, in order.
    public var events: [Event]
    /// The texts of every X-LIC-ERROR libical attached while parsing (a valid calendar has none).
    public var errors: [String]
}

/// Parses iCalendar text with libical.
public enum CalendarReader {
    /// The calendar in `text`, or nil when libical finds no VCALENDAR at all.
    public static func parse(_ text: String) -> ParsedCalendar? {
        Libical.withLock {
            guard let root = icalparser_parse_string(text) else { return nil }
            defer { icalcomponent_free(root) }
            let calendar: OpaquePointer
            if icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT {
                calendar = root
            } else if let inner = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT) {
                calendar = inner
            } else {
                return nil
            }
            var parsed = ParsedCalendar(properties: [:], timeZones: [], events: [], errors: errors(in: calendar))
            var property = icalcomponent_get_first_property(calendar, ICAL_ANY_PROPERTY)
            while let current = property {
                let name = propertyName(current)
                if parsed.properties[name] == nil {
                    if let typed = icalproperty_get_value(current), icalvalue_isa(typed) == ICAL_TEXT_VALUE,
                        let text = icalvalue_get_text(typed)
                    {
                        parsed.properties[name] = String(cString: text)
                    } else {
                        let raw = value(current)
                        parsed.properties[name] = icalproperty_isa(current) == ICAL_X_PROPERTY ? raw.map(unescapeText) : raw
                    }
                }
                property = icalcomponent_get_next_property(calendar, ICAL_ANY_PROPERTY)
            }
            var zone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT)
            while let current = zone {
                if let tzid = icalcomponent_get_first_property(current, ICAL_TZID_PROPERTY), let text = icalproperty_get_tzid(tzid) {
                    parsed.timeZones.append(String(cString: text))
                }
                zone = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)
            }
            var event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT)
            while let current = event {
                parsed.events.append(read(current, calendar: calendar))
                event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)
            }
            return parsed
        }
    }

    /// Undoes the TEXT escapes of an X- value (libical hands those back verbatim).
    static func unescapeText(_ value: String) -> String {
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func errors(in component: OpaquePointer) -> [String] {
        var found: [String] = []
        var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        while let current = property {
            found.append(value(current) ?? "")
            property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
        }
        var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let current = child {
            found += errors(in: current)
            child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
        return found
    }

    private static func propertyName(_ property: OpaquePointer) -> String {
        if icalproperty_isa(property) == ICAL_X_PROPERTY, let name = icalproperty_get_x_name(property) { return String(cString: name) }
        return icalproperty_get_property_name(property).map { String(cString: $0) } ?? ""
    }

    private static func value(_ property: OpaquePointer) -> String? {
        guard let text = icalproperty_get_value_as_string_r(property) else { return nil }
        defer { free(text) }
        return String(cString: text)
    }

    private static func text(_ component: OpaquePointer, _ kind: icalproperty_kind) -> String? {
        guard let property = icalcomponent_get_first_property(component, kind) else { return nil }
        // TEXT values come back unescaped through the typed getters.
        switch kind {
        case ICAL_SUMMARY_PROPERTY: return icalproperty_get_summary(property).map { String(cString: $0) }
        case ICAL_DESCRIPTION_PROPERTY: return icalproperty_get_description(property).map { String(cString: $0) }
        case ICAL_LOCATION_PROPERTY: return icalproperty_get_location(property).map { String(cString: $0) }
        case ICAL_UID_PROPERTY: return icalproperty_get_uid(property).map { String(cString: $0) }
        default: return value(property)
        }
    }

    private static func read(_ event: OpaquePointer, calendar: OpaquePointer) -> ParsedCalendar.Event {
        var result = ParsedCalendar.Event(
            uid: text(event, ICAL_UID_PROPERTY), sequence: nil,
            hasStamp: icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY) != nil, start: nil, startZone: nil, startEpoch: nil,
            end: nil, summary: text(event, ICAL_SUMMARY_PROPERTY), location: text(event, ICAL_LOCATION_PROPERTY),
            description: text(event, ICAL_DESCRIPTION_PROPERTY), url: text(event, ICAL_URL_PROPERTY), status: text(event, ICAL_STATUS_PROPERTY),
            categories: [], organizer: text(event, ICAL_ORGANIZER_PROPERTY), attendees: [], alarms: 0,
            hasDuration: icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY) != nil)
        if let sequence = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY) {
            result.sequence = Int(icalproperty_get_sequence(sequence))
        }
        if let start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY) {
            let time = icalproperty_get_dtstart(start)
            result.start = time.localDateTime
            if let parameter = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER), let tzid = icalparameter_get_tzid(parameter) {
                let name = String(cString: tzid)
                result.startZone = name
                if let zone = icalcomponent_get_timezone(calendar, name) {
                    result.startEpoch = Int(icaltime_as_timet_with_zone(time, zone))
                }
            } else if icaltime_is_utc(time) != 0 {
                result.startEpoch = Int(icaltime_as_timet(time))
            }
        }
        if let end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) {
            result.end = icalproperty_get_dtend(end).localDateTime
        }
        var category = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY)
        while let current = category {
            if let value = icalproperty_get_categories(current) { result.categories.append(String(cString: value)) }
            category = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)
        }
        var attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY)
        while let current = attendee {
            result.attendees.append(value(current) ?? "")
            attendee = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)
        }
        var alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT)
        while alarm != nil {
            result.alarms += 1
            alarm = icalcomponent_get_next_component(event, ICAL_VALARM_COMPONENT)
        }
        return result
    }
}

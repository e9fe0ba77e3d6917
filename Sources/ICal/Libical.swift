internal import CLibical
import Synchronization

/// The one gate to libical. Every call into the C library goes through `Libical.withLock`, so that
/// libical's global state (error number, built-in time zone cache) is never touched by two threads.
enum Libical {
    private static let gate: Mutex<Bool> = Mutex(false)

    /// Runs `body` with exclusive access to libical; configures the library on first use.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try gate.withLock { configured in
            if !configured {
                // Errors become return values and `icalerrno`, never an abort.
                icalerror_set_errors_are_fatal(0)
                configured = true
            }
            return try body()
        }
    }

    /// The current libical error number (thread-local in libical; read under the lock).
    static var errno: icalerrorenum { icalerrno_return().pointee }
}

extension icaltimetype {
    /// A floating (zone-less) libical time for a local date and time.
    init(_ value: LocalDateTime) {
        var t = icaltime_null_time()
        t.year = Int32(value.date.year)
        t.month = Int32(value.date.month)
        t.day = Int32(value.date.day)
        t.hour = Int32(value.time.hour)
        t.minute = Int32(value.time.minute)
        t.second = 0
        t.is_date = 0
        self = t
    }

    /// The local date and time, or nil for libical's null time.
    var localDateTime: LocalDateTime? {
        guard icaltime_is_null_time(self) == 0,
            let date = LocalDate(year: Int(year), month: Int(month), day: Int(day)),
            let time = LocalTime(hour: Int(hour), minute: Int(minute))
        else { return nil }
        return LocalDateTime(date: date, time: time)
    }
}

internal import CLibical
import Synchronization

/// The one gate to libical. Calls that touch libical's shared state (the built-in time zone cache,
/// component trees built from it) go through `Libical.withLock`. Recurrence expansion only touches
/// its own iterator and libical's thread-local error number and buffers (Debian builds libical with
/// pthreads), so it runs unlocked through `Libical.configured`, and may run on several threads.
enum Libical {
    private static let gate: Mutex<Void> = Mutex(())
    private static let setUp: Mutex<Bool> = Mutex(false)

    /// Runs `body` after the one-time set-up, without exclusive access.
    static func configured<T>(_ body: () throws -> T) rethrows -> T {
        setUp.withLock { done in
            if !done {
                // Errors become return values and `icalerrno`, never an abort.
                icalerror_set_errors_are_fatal(0)
                done = true
            }
        }
        return try body()
    }

    /// Runs `body` with exclusive access to libical's shared state.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try configured { try gate.withLock { _ in try body() } }
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

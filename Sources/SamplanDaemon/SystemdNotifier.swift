import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells systemd about the service's state (`Type=notify`): `READY=1` once the server listens,
/// `RELOADING=1` … `READY=1` around a reload, `STOPPING=1` on shutdown. Does nothing when
/// `$NOTIFY_SOCKET` is not set (not run by systemd).
public enum SystemdNotifier {
    /// Sends `state` to `$NOTIFY_SOCKET`; returns false when not under systemd or on failure.
    @discardableResult
    public static func notify(_ state: String) -> Bool {
        #if os(Linux)
            guard let path = ProcessInfo.processInfo.environment["NOTIFY_SOCKET"], !path.isEmpty else { return false }
            let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            var bytes = Array(path.utf8)
            if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }  // abstract namespace
            let capacity = MemoryLayout.size(ofValue: address.sun_path)
            guard bytes.count < capacity else { return false }
            withUnsafeMutableBytes(of: &address.sun_path) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte }
            }
            let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count)
            let message = Array(state.utf8)
            let sent = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    message.withUnsafeBytes { sendto(descriptor, $0.baseAddress, message.count, 0, socketAddress, length) }
                }
            }
            return sent == message.count
        #else
            return false
        #endif
    }

    /// `RELOADING=1` with the monotonic timestamp systemd requires for `Type=notify-reload`.
    public static func reloading() {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        notify("RELOADING=1\nMONOTONIC_USEC=\(Int(time.tv_sec) * 1_000_000 + Int(time.tv_nsec) / 1000)")
    }
}

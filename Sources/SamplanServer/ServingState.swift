public import SamplanCore
import Synchronization

/// What the daemon serves right now: the current snapshot (nil until a valid configuration has
/// been loaded) and the errors of the last rejected reload. Swapped atomically; readers never block
/// writers for longer than a pointer copy.
public final class ServingState: Sendable {
    private let current: Mutex<Snapshot?> = Mutex(nil)
    private let rejected: Mutex<[String]> = Mutex([])
    private let failing: Mutex<[String]> = Mutex([])
    /// What was submitted through the personal pages, counted in every snapshot installed.
    private let submitted: Mutex<Submissions?> = Mutex(nil)

    /// An empty state: nothing loaded yet.
    public init() {}

    /// The snapshot being served.
    public var snapshot: Snapshot? { current.withLock { $0 } }

    /// The `file:line:column` errors of the last configuration that was rejected (empty once a
    /// later one loads).
    public var errors: [String] { rejected.withLock { $0 } }

    /// Serves `snapshot` from now on and forgets earlier errors.
    public func install(_ snapshot: Snapshot) {
        // Submissions are counted before the swap: readers never wait for the work.
        submitted.withLock { submissions in
            let counted = submissions.map { snapshot.counting($0) } ?? snapshot
            current.withLock { $0 = counted }
        }
        rejected.withLock { $0 = [] }
    }

    /// Reads the submissions afresh with `read` and serves the current configuration with them
    /// counted (nothing changes when `read` gives nil: the store could not be read). Reading and
    /// installing happen under one lock, so a slower refresh never installs older submissions over newer ones.
    public func refreshSubmissions(_ read: () -> Submissions?) {
        submitted.withLock { submissions in
            guard let fresh = read() else { return }
            submissions = fresh
            let next = current.withLock { $0 }?.counting(fresh)
            current.withLock { $0 = next }
        }
    }

    /// Counts `extra`, just stored at `now`, in the configuration served; `read` gives every
    /// submission when they have not been read yet.
    public func count(_ extra: Submissions, now: Int, orRead read: () -> Submissions?) {
        // Only `submitted` is held while the new snapshot is made (it orders the writers); the snapshot
        // readers wait for a pointer swap at most.
        submitted.withLock { submissions in
            guard var known = submissions else {
                guard let fresh = read() else { return }
                submissions = fresh
                let next = current.withLock { $0 }?.counting(fresh)
                current.withLock { $0 = next }
                return
            }
            submissions = nil  // `known` is the only copy: appended to in place
            known.followUps += extra.followUps
            known.done += extra.done
            submissions = known
            let next = current.withLock { $0 }?.counting(more: extra, all: known, now: now)
            current.withLock { $0 = next }
        }
    }

    /// Records a rejected configuration; the current snapshot keeps serving.
    public func reject(_ errors: [String]) {
        rejected.withLock { $0 = errors }
    }

    /// Mails the mail command refused and that wait for their next try ("samrad-2026-05-14 ordf: exit 75"),
    /// shown on /healthz until they are sent.
    public var mailFailures: [String] { failing.withLock { $0 } }

    /// Replaces the list of mails waiting for a retry.
    public func reportMailFailures(_ failures: [String]) {
        failing.withLock { $0 = failures }
    }
}

import ArgumentParser
import Foundation
import SamplanConfig
import SamplanCore
import SamplanDaemon
import SamplanStore

/// `samplan kallelse`: the kallelse mails of one meeting, sent through the mail command or, with
/// `--dry-run`, printed as an mbox.
struct KallelseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kallelse",
        abstract: "Send the kallelse of a meeting to its members and presenters (calendar invitations for people on `invitation`).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Argument(help: "Meeting id (see `samplan schedule`), or <body>-<YYYY-MM-DD> of the day it is held.") var meeting: String
    @Flag(help: "Print the mails as an mbox on stdout; send nothing and record nothing.") var dryRun = false

    func run() throws {
        let configuration = try options.load()
        let words = configuration.organization.language.words.kallelse
        let found = try MeetingLookup.find(meeting, in: configuration)
        let store = try stateOptions.open(for: configuration)
        let now = publicationTime()
        let command = configuration.settings.sendCommand
        if !dryRun, command == nil { throw CommandFailure.invalid([words.noCommand]) }
        let outbox: KallelseOutbox
        do {
            outbox = try KallelseOutbox.prepare(
                configuration, meeting: found.meeting, schedule: found.schedule, store: store, now: now, record: !dryRun)
        } catch {
            throw CommandFailure.invalid([error.description])
        }
        if found.meeting.start.epochSeconds <= now {
            FileHandle.standardError.write(Data((words.alreadyStarted(found.meeting.id) + "\n").utf8))
            return
        }
        if outbox.mails.isEmpty {
            FileHandle.standardError.write(Data((words.nothingToSend(found.meeting.id) + "\n").utf8))
            return
        }
        guard let command, !dryRun else {
            print(outbox.mails.map { $0.message.mboxEntry() }.joined(), terminator: "")
            return
        }
        let refused = KallelseDelivery.deliver(outbox, through: MailSender(command: command), store: store, now: now)
        print(words.sent("\(outbox.mails.count - refused.count)", found.meeting.id))
        if !refused.isEmpty {
            throw CommandFailure.invalid(refused.map { words.sendFailed($0.mail.kallelse.recipient.email, $0.reason) })
        }
    }
}

import ArgumentParser
import Foundation
import SamplanConfig
import SamplanCore
import SamplanDaemon
import SamplanStore

/// `samplan remind`: the follow-up reminders of one meeting, sent through the mail command or, with
/// `--dry-run`, printed as an mbox.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Send each responsible person their follow-up reminder for a meeting (flagged activities, open actions, personal link).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Argument(help: "Meeting id (see `samplan schedule`), or <body>-<YYYY-MM-DD> of the day it is held.") var meeting: String
    @Flag(help: "Print the mails as an mbox on stdout; send nothing and record nothing.") var dryRun = false

    func run() throws {
        let files = try options.load()
        let store = try stateOptions.open(for: files)
        let configuration = try stateOptions.counting(files, store: store)
        let words = configuration.organization.language.words
        let found = try MeetingLookup.find(meeting, in: configuration)
        let now = publicationTime()
        let command = configuration.settings.sendCommand
        if !dryRun, command == nil { throw CommandFailure.invalid([words.kallelse.noCommand]) }
        if found.meeting.start.epochSeconds <= now {
            FileHandle.standardError.write(Data((words.kallelse.alreadyStarted(found.meeting.id) + "\n").utf8))
            return
        }
        let outbox: ReminderOutbox
        do {
            outbox = try ReminderOutbox.prepare(configuration, meeting: found.meeting, schedule: found.schedule, store: store, now: now)
        } catch {
            throw CommandFailure.invalid([error.description])
        }
        for person in outbox.withoutEmail { FileHandle.standardError.write(Data((words.personal.noEmail(person) + "\n").utf8)) }
        if outbox.mails.isEmpty {
            FileHandle.standardError.write(Data((words.personal.nothingToSend(found.meeting.id) + "\n").utf8))
            return
        }
        guard let command, !dryRun else {
            print(outbox.mails.map { $0.message.mboxEntry() }.joined(), terminator: "")
            return
        }
        let sender = MailSender(command: command)
        let refused = outbox.deliver(now: now, store: store) { message in
            switch sender.send(message.rendered()) {
            case .success: nil
            case let .failure(failure): failure.description
            }
        }
        print(words.personal.sent("\(outbox.mails.count - refused.count)", found.meeting.id))
        if !refused.isEmpty {
            throw CommandFailure.invalid(refused.map { words.kallelse.sendFailed($0.mail.message.to.email, $0.reason) })
        }
    }
}

import SamplanCore

/// The fixed words of agendas and reports in one language; templates get them as `words`.
struct DraftWords {
    let agenda: String
    let items: String
    let item: String
    let time: String
    let place: String
    let online: String
    let meetingID: String
    let called: String
    let shifted: String
    let moved: String
    let extra: String
    let goal: String
    let activity: String
    let responsible: String
    let status: String
    let latestFollowUp: String
    let noActivities: String
    let presenters: String
    let presenter: String
    let topic: String
    let lacking: String
    let reasons: String
    let noneLacking: String
    let next: String
    let focusArea: String
    let result: String
    let done: String
    let report: String
    let empty: String
    let cancelled: String
    let noStatus: String

    init(_ language: Language) {
        let sv = language == .sv
        let shared = AgendaWords(language)
        agenda = shared.agenda
        items = sv ? "Punkter" : "Items"
        item = sv ? "Punkt" : "Item"
        time = sv ? "Tid" : "Time"
        place = sv ? "Plats" : "Place"
        online = sv ? "Digitalt" : "Online"
        meetingID = sv ? "Mötes-id" : "Meeting id"
        called = sv ? "Kallade" : "Called"
        shifted = sv ? "Flyttat" : "Moved"
        moved = sv ? "Ändrat" : "Changed"
        extra = sv ? "Extra möte" : "Extra meeting"
        goal = shared.goal
        activity = sv ? "Aktivitet" : "Activity"
        responsible = sv ? "Ansvarig" : "Responsible"
        status = sv ? "Status" : "Status"
        latestFollowUp = sv ? "Senaste uppföljning" : "Latest follow-up"
        noActivities = sv ? "Inga aktiviteter under året." : "No activities this year."
        presenters = shared.presenters
        presenter = sv ? "Föredragande" : "Presenter"
        topic = sv ? "Ämne" : "Topic"
        lacking = shared.lacking
        reasons = sv ? "Varför" : "Why"
        noneLacking = sv ? "Alla aktiviteter är uppföljda." : "Every activity has been followed up."
        next = shared.next
        focusArea = shared.focusArea
        result = sv ? "Resultat (vad har gjorts)" : "Result (what has been done)"
        done = sv ? "Är aktiviteten klar? Ja/nej/delvis/pågående" : "Is the activity done? Yes/no/partly/ongoing"
        report = sv ? "Uppföljning av aktivitetslista" : "Follow-up of the activity list"
        empty = sv ? "Aktivitetslistan för året har inga aktiviteter." : "The activity list of the year has no activities."
        cancelled = sv ? "INSTÄLLT" : "CANCELLED"
        noStatus = sv ? "–" : "–"
    }

    /// "ordförande", "sekreterare" …; nil for an ordinary member.
    func role(_ role: Body.Membership.Role, _ language: Language) -> String? {
        let sv = language == .sv
        switch role {
        case .member: return nil
        case .chair: return sv ? "ordförande" : "chair"
        case .viceChair: return sv ? "vice ordförande" : "vice chair"
        case .secretary: return sv ? "sekreterare" : "secretary"
        case .optional: return sv ? "vid behov" : "optional"
        }
    }
}

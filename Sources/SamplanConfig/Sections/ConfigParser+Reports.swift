import SamplanCore

extension ConfigParser {
    /// Reads reports/YYYY.yaml, the free text of a year's narrative report; `fileYear` comes from the
    /// file name, as for the activity lists. Every key is optional.
    func readReport(_ document: YAMLDocument, fileYear: Int) -> ReportText? {
        guard let root = document.root.mapping(diagnostics, keys: ["kind", "title", "background", "summary", "approval"]) else { return nil }
        var report = ReportText(year: fileYear)
        report.kind = root.optional("kind")?.text(diagnostics)
        report.title = root.optional("title")?.text(diagnostics)
        report.background = root.optional("background")?.text(diagnostics)
        report.summary = root.optional("summary")?.text(diagnostics)
        if let value = root.optional("approval"), let approval = value.mapping(diagnostics, keys: ["by", "date"]) {
            let by = approval.required("by")?.text(diagnostics)
            let date = approval.required("date")?.date(diagnostics)
            if let by, let date { report.approval = ReportText.Approval(by: by, date: date) }
        }
        return report
    }
}

extension Templates {
    /// The printable CSS shared by the draft and report pages (a partial).
    static let pageStyle = #"""
        <style>
          body { font-family: Calibri, Carlito, Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #000; margin: 2cm; max-width: 60rem; }
          h1 { font-size: 18pt; margin: 0 0 0.3em; }
          h2 { font-size: 14pt; margin: 1.4em 0 0.4em; }
          h3 { font-size: 12pt; margin: 1.1em 0 0.3em; }
          h4 { font-size: 11pt; margin: 1em 0 0.3em; }
          ul.meetings { margin: 0.3em 0 0.8em; }
          p.approval { margin-top: 1.5em; font-style: italic; }
          p.subtitle { font-size: 12pt; margin: 0 0 1em; }
          table { border-collapse: collapse; width: 100%; margin: 0.3em 0 1em; }
          th, td { border: 1px solid #000; padding: 3pt 6pt; text-align: left; vertical-align: top; white-space: pre-line; }
          th { background: #e6e6e6; font-weight: bold; }
          td.time, th.time { white-space: nowrap; width: 7em; }
          td.status { white-space: nowrap; }
          table.followup th:nth-child(1) { width: 32%; }
          table.followup th:nth-child(3) { width: 16%; }
          dl.facts { margin: 0 0 1em; }
          dl.facts dt { font-weight: bold; float: left; clear: left; width: 9em; }
          dl.facts dd { margin: 0 0 0.2em 9.5em; }
          p.note { border: 1px solid #000; padding: 4pt 6pt; font-weight: bold; }
          footer { margin-top: 2em; font-size: 9pt; color: #444; }
          @page { size: A4; margin: 2cm; }
          @media print { body { margin: 0; max-width: none; } h2, h3, h4 { page-break-after: avoid; } section.appendix { page-break-before: always; } tr { page-break-inside: avoid; } }
        </style>

        """#
}

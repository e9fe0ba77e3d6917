#!/usr/bin/env python3
"""Opens a Word file with python-docx and prints what Word would show, as JSON: every paragraph with
its style, every table as rows of cell texts, the page size, and whether the footer holds a PAGE field.
samplan's Swift suite checks `report --format docx` against it."""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
section = document.sections[0]
footer_xml = "".join(paragraph._p.xml for paragraph in section.footer.paragraphs)
print(json.dumps({
    "paragraphs": [{"style": paragraph.style.name, "text": paragraph.text} for paragraph in document.paragraphs],
    "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
    "page": {"width_mm": round(section.page_width.mm), "height_mm": round(section.page_height.mm)},
    "page_number_in_footer": "PAGE" in footer_xml and "instrText" in footer_xml,
}, ensure_ascii=False))

"""b40: a Japanese-style resume (rirekisho) in English, kept as an Excel sheet as many people in
Japan keep theirs: labelled personal cells, then one grid of Year | Month | history rows with
"Education", "Work History" and "Licenses and Certifications" as centred rows, "Joined"/"Left"
lines, and free-text boxes at the end (openpyxl; printed by LibreOffice Calc)."""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

wb = Workbook()
ws = wb.active
ws.title = "Resume"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, width in zip("ABCDEF", (9, 6, 30, 18, 14, 14)):
    ws.column_dimensions[col].width = width
row = 1


def cell(r, c, value, bold=False, size=10, merge_to=None, center=False):
    ws.cell(r, c, value).font = Font(name="Arial", bold=bold, size=size)
    ws.cell(r, c).alignment = Alignment(
        horizontal="center" if center else "left", vertical="center", wrap_text=True
    )
    if merge_to:
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=merge_to)
    for cc in range(c, (merge_to or c) + 1):
        ws.cell(r, cc).border = box


ws.cell(1, 1, "RÉSUMÉ").font = Font(name="Arial", bold=True, size=16)
ws.cell(1, 5, "As of April 1, 2026").font = Font(name="Arial", size=9)
for label, value in (
    ("Name", "Kenta Aoyagi"),
    ("Date of Birth", "June 14, 1994 (Age 31)"),
    ("Gender", "Male"),
    ("Address", "3-12-7 Nakameguro, Meguro-ku, Tokyo 153-0061"),
    ("Phone", "090-5555-2714"),
    ("E-mail", "kenta.aoyagi@example.jp"),
):
    row += 1
    cell(row, 1, label, bold=True, merge_to=2)
    cell(row, 3, value, size=11 if label == "Name" else 10, merge_to=6)
row += 2
cell(row, 1, "Year", bold=True, center=True)
cell(row, 2, "Month", bold=True, center=True)
cell(row, 3, "Education and Work History", bold=True, center=True, merge_to=6)


def section(title):
    global row
    row += 1
    cell(row, 1, "")
    cell(row, 2, "")
    cell(row, 3, title, bold=True, center=True, merge_to=6)


def entry(year, month, text):
    global row
    row += 1
    cell(row, 1, year, center=True)
    cell(row, 2, month, center=True)
    cell(row, 3, text, merge_to=6)


section("Education")
entry(2010, 4, "Entered Kanagawa Prefectural Shonan High School")
entry(2013, 3, "Graduated from Kanagawa Prefectural Shonan High School")
entry(2013, 4, "Entered Osaka University, School of Engineering Science")
entry(
    2017, 3, "Graduated from Osaka University, School of Engineering Science (B.Eng. in Information Science)"
)
entry(2017, 4, "Entered Osaka University, Graduate School of Information Science and Technology")
entry(2019, 3, "Completed the Master's Program (M.Eng. in Computer Science)")
section("Work History")
entry(2019, 4, "Joined Fujitsu Limited (Kawasaki) – Software Engineer, Cloud Platform Division")
entry(
    "", "", "Built the billing service for the company's public cloud in Java; on-call lead for 12 engineers"
)
entry(2022, 10, "Left Fujitsu Limited for career advancement")
entry(2022, 11, "Joined Mercari, Inc. (Tokyo) – Backend Engineer, Payments Team")
entry("", "", "Moved the payout service from PHP to Go; cut settlement batch time from 4 hours to 25 minutes")
entry("", "", "Currently employed")
entry("", "", "End")
row += 1
cell(row, 1, "Year", bold=True, center=True)
cell(row, 2, "Month", bold=True, center=True)
cell(row, 3, "Licenses and Certifications", bold=True, center=True, merge_to=6)
entry(2015, 8, "Ordinary Driver's License")
entry(2018, 12, "TOEIC Listening & Reading Test, score 905")
entry(2020, 6, "AWS Certified Solutions Architect – Associate")
entry(2021, 4, "Applied Information Technology Engineer Examination (IPA)")
row += 2
cell(row, 1, "Skills", bold=True, merge_to=2)
cell(row, 3, "Go, Java, Kotlin, PostgreSQL, Kubernetes, gRPC", merge_to=6)
row += 1
cell(row, 1, "Languages", bold=True, merge_to=2)
cell(row, 3, "Japanese (native), English (business level)", merge_to=6)
row += 1
cell(row, 1, "Motivation", bold=True, merge_to=2)
cell(
    row,
    3,
    "I want to design payment systems that stay correct at scale, and to grow into a technical lead role.",
    merge_to=6,
)
ws.row_dimensions[row].height = 30
row += 1
cell(row, 1, "Commute", bold=True, merge_to=2)
cell(row, 3, "About 40 minutes", merge_to=6)
row += 1
cell(row, 1, "Dependents", bold=True, merge_to=2)
cell(row, 3, "None (excluding spouse)", merge_to=6)
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
wb.save("b40_rirekisho_excel.xlsx")

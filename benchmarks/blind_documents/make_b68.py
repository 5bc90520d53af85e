"""b68: an Indonesian CV in Word, as job seekers in Jakarta write it: "DAFTAR RIWAYAT HIDUP" over a
table of personal data (Nama, Tempat/Tanggal Lahir, Alamat, Agama, Telepon, Email), then "PENGALAMAN
KERJA" with "Januari 2019 – Sekarang" over "Jabatan – Perusahaan, Kota", "RIWAYAT PENDIDIKAN" ("S1
Akuntansi"), "KEMAMPUAN BAHASA", "KEAHLIAN" and a closing statement of truth (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.5)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Times New Roman", Pt(11)
t = doc.add_paragraph()
t.add_run("DAFTAR RIWAYAT HIDUP").bold = True
t.runs[0].font.size = Pt(14)
t.alignment = 1


def title(text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    p.paragraph_format.space_before = Pt(10)


title("DATA PRIBADI")
table = doc.add_table(rows=0, cols=3)
for label, value in (
    ("Nama", "Rina Wulandari"),
    ("Tempat/Tanggal Lahir", "Semarang, 12 Agustus 1993"),
    ("Jenis Kelamin", "Perempuan"),
    ("Agama", "Islam"),
    ("Alamat", "Jl. Kemang Raya No. 15, Jakarta Selatan"),
    ("Telepon", "0812-5550-7788"),
    ("Email", "rina.wulandari@example.co.id"),
):
    a, b, c = table.add_row().cells
    a.width, b.width, c.width = Cm(4.5), Cm(0.5), Cm(11)
    a.text, b.text, c.text = label, ":", value
title("PENGALAMAN KERJA")
for when, what, items in (
    (
        "Januari 2019 – Sekarang",
        "Analis Kredit – PT Bank Mandiri (Persero) Tbk, Jakarta",
        ("Menganalisis 40 pengajuan kredit UMKM setiap bulan", "Menurunkan rasio kredit bermasalah cabang"),
    ),
    (
        "Agustus 2015 – Desember 2018",
        "Staf Akuntansi – PT Astra International Tbk, Jakarta",
        ("Menyusun laporan keuangan bulanan",),
    ),
):
    doc.add_paragraph().add_run(when).italic = True
    doc.add_paragraph().add_run(what).bold = True
    for item in items:
        doc.add_paragraph(item, style="List Bullet")
title("RIWAYAT PENDIDIKAN")
doc.add_paragraph("2011 – 2015\tS1 Akuntansi, Universitas Gadjah Mada, Yogyakarta (IPK 3,62)")
doc.add_paragraph("2008 – 2011\tSMA Negeri 3 Semarang")
title("KEMAMPUAN BAHASA")
doc.add_paragraph("Bahasa Indonesia (bahasa ibu), Bahasa Inggris (aktif, TOEFL 560), Bahasa Jawa")
title("KEAHLIAN")
doc.add_paragraph("Microsoft Excel, SAP FICO, analisis laporan keuangan")
title("PELATIHAN DAN SERTIFIKASI")
doc.add_paragraph("Brevet Pajak A dan B – IAI, 2017", style="List Bullet")
doc.add_paragraph(
    "Demikian daftar riwayat hidup ini saya buat dengan sebenar-benarnya untuk dapat dipergunakan "
    "sebagaimana mestinya."
)
doc.add_paragraph("Jakarta, 1 Desember 2026")
doc.add_paragraph("Rina Wulandari")
doc.save("b68_indonesian_cv.docx")

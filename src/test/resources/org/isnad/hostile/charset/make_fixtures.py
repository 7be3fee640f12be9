#!/usr/bin/env python3
"""Writes the charset fixtures next to this script. The Arabic text is written for these tests."""
import codecs, pathlib, random

HERE = pathlib.Path(__file__).parent
PARAS = [
    "أعلنت وزارة الصحة صباح اليوم الاثنين افتتاح مستشفى جديد في المنطقة الشمالية، وقال المتحدث "
    "باسم الوزارة إن المستشفى يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة. وأضاف أن المشروع "
    "استغرق ثلاث سنوات من العمل المتواصل، وأن تكلفته بلغت نحو خمسين مليون دينار مولتها الحكومة "
    "بالكامل. وأشار إلى أن المستشفى سيخدم أكثر من مئة ألف نسمة من سكان القرى المجاورة الذين كانوا "
    "يقطعون مسافات طويلة للوصول إلى أقرب مركز طبي.",
    "وفي سياق متصل، ذكرت وكالة الأنباء الرسمية أن وزير الصحة تفقد أقسام المستشفى برفقة عدد من "
    "المسؤولين المحليين، واستمع إلى شرح مفصل عن الأجهزة الحديثة التي زود بها المبنى. وقال الوزير "
    "في كلمة ألقاها خلال الحفل إن الحكومة ماضية في خطتها لتحسين الخدمات الصحية في جميع المحافظات، "
    "وإن العام المقبل سيشهد افتتاح أربعة مستشفيات أخرى في الجنوب والشرق.",
    "من جهة أخرى، أفاد مراسلنا بأن سكان المنطقة استقبلوا الخبر بارتياح كبير، إذ قال أحد المواطنين "
    "إنه كان ينتظر هذا اليوم منذ سنوات طويلة، وإن والدته المريضة كانت تعاني كثيرا في رحلاتها "
    "الأسبوعية إلى المدينة. وطالب عدد من الأهالي بتوفير وسائل نقل عامة تربط القرى بالمستشفى "
    "الجديد، فيما وعد المحافظ بدراسة الطلب خلال الأسابيع القادمة.",
    "وكانت الوزارة قد أطلقت في الشهر الماضي حملة وطنية للتطعيم شملت أكثر من مليوني طفل، وأكدت في "
    "بيان أن نسبة الإقبال فاقت التوقعات في معظم المدن والقرى، وأن فرقها الميدانية ستواصل العمل "
    "حتى نهاية الشهر الجاري لتغطية المناطق النائية.",
]
TEXT = "\n\n".join(PARAS) + "\n"
(HERE / "article.txt").write_text(TEXT, encoding="utf-8")


def write(name, data):
    (HERE / name).write_bytes(data)


# 1. A UTF-8 file whose first 300 bytes are damaged (cut in the middle of a character, then
#    high bytes that are Arabic in no charset), and one with three stray bytes in the text.
rng = random.Random(14)
damage = b"\xa7\x84" + bytes(rng.randrange(0x80, 0x100) for _ in range(298))
write("utf8-bad-start.txt", damage + b"\n" + TEXT.encode("utf-8"))
body = TEXT.encode("utf-8")
a, b = body.index(b" ", 700), body.index(b" ", 1500)
write("utf8-stray-bytes.txt", b"\xd8" + body[:a] + b"\xff" + body[a:b] + b"\x80" + body[b:])
# 2. Half UTF-8, half windows-1256 (two paragraphs each), no declaration.
half = "\n\n".join(PARAS[:2]) + "\n\n"
rest = "\n\n".join(PARAS[2:]) + "\n"
write("half-utf8-half-cp1256.txt", half.encode("utf-8") + rest.encode("cp1256"))
# 3. A page declaring ISO-8859-1 over ISO-8859-6 bytes.
page = ("<html><head><meta charset=\"ISO-8859-1\"><title>خبر</title></head><body><p>"
        + "</p><p>".join(PARAS[:2]) + "</p></body></html>\n")
write("latin1-declared-over-iso-8859-6.html", page.encode("iso-8859-6"))
# 4. A page declaring utf-16 over UTF-8 bytes.
write("utf16-declared-over-utf8.html", page.replace("ISO-8859-1", "utf-16").encode("utf-8"))
# 5. UTF-16 without a byte order mark, both byte orders.
write("utf16le-no-bom.txt", TEXT.encode("utf-16-le"))
write("utf16be-no-bom.txt", TEXT.encode("utf-16-be"))
# 6. JSON Lines starting with a UTF-8 byte order mark.
write("bom.jsonl", codecs.BOM_UTF8 + ('{"text": "' + PARAS[0] + '", "url": "https://example.com/1"}\n'
                                     + '{"text": "' + PARAS[1] + '", "url": "https://example.com/2"}\n').encode("utf-8"))
# 7. A page labelled Arabic whose bytes hold no Arabic at all (a Latin-1 French text).
french = ("<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"ISO-8859-1\"></head><body><p>"
          "Le ministère a annoncé l'ouverture d'un hôpital près de la frontière; "
          "les élèves étaient présents à la cérémonie.</p></body></html>\n")
write("labelled-arabic-no-arabic.html", french.encode("iso-8859-1"))
# 8. A UTF-8 page with a block of damaged bytes that is Arabic in no charset.
junk = bytes([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B] * 20)
write("utf8-with-junk.txt", PARAS[0].encode("utf-8") + b"\n" + junk + b"\n" + PARAS[1][:60].encode("utf-8") + b"\n")

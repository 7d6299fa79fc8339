"""A plan of the genre that the tests write themselves (never seen by the parser's author).

Different province, units, numbering depth and wording from the corpus; rendered hard-
wrapped, in decomposed Unicode, with non-breaking spaces, bold markdown and page numbers,
the way extracted plans arrive.
"""
from __future__ import annotations

import textwrap
import unicodedata

PLAN_TEXT = """\
UBND TỈNH KON TUM
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 57/KH-SNV
Kon Tum, ngày 09 tháng 02 năm 2026

KẾ HOẠCH
Thông tin, tuyên truyền cải cách hành chính năm 2026 của Sở Nội vụ

Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh về ban hành Kế hoạch cải cách hành chính năm 2026; Sở Nội vụ xây dựng Kế hoạch thông tin, tuyên truyền cải cách hành chính (CCHC) năm 2026 như sau:

A. MỤC ĐÍCH, YÊU CẦU
I. Mục đích
1. Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về vai trò của công tác CCHC trong phát triển kinh tế - xã hội của tỉnh.
2. Bảo đảm thông tin về chỉ số hài lòng của người dân (SIPAS) được công khai, kịp thời.
II. Yêu cầu
Công tác tuyên truyền phải thiết thực, hiệu quả, tránh hình thức.
B. NHIỆM VỤ CỤ THỂ
I. Tuyên truyền trên báo chí
1. Duy trì chuyên mục “Cải cách hành chính và Cuộc sống” trên sóng phát thanh của Đài Phát thanh và Truyền hình tỉnh
- Tần suất: 02 số/tháng.
- Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh Kon Tum.
- Đơn vị phối hợp: Sở Nội vụ; Sở Tư pháp.
- Thời gian thực hiện: Quý I - Quý IV/2026.
2. Tuyên truyền trên Báo Kon Tum
a) Chuyên trang “Chính quyền thân thiện” trên báo in
- Đơn vị chủ trì: Báo Kon Tum.
- Đơn vị phối hợp: Các sở, ban, ngành.
- Thời gian thực hiện: Hằng tháng.
b) Tin, bài trên báo điện tử về kết quả thực hiện dịch vụ công trực tuyến toàn trình và thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp
- Tần suất: 04 tin, bài/tháng.
- Cơ quan chủ trì: Báo Kon Tum.
- Cơ quan phối hợp: Trung tâm Phục vụ hành chính công tỉnh.
- Thời gian thực hiện: Năm 2026.
đ) Tọa đàm trực tuyến về Chỉ số PAPI
- Đơn vị chủ trì: Sở Nội vụ.
- Thời gian thực hiện: Tháng 10/2026.
II. Tuyên truyền trên hệ thống thông tin cơ sở
1. Phát thanh các bản tin CCHC trên loa truyền thanh cấp xã
- Cơ quan chỉ đạo: UBND các huyện, thành phố.
- Cơ quan thực hiện: UBND các xã, phường, thị trấn.
- Thời gian thực hiện: Thường xuyên.
C. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách năm 2026 giao cho Sở Nội vụ.
D. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch này.
2. Các phòng, đơn vị báo cáo kết quả trước ngày 30/11/2026.
Trên đây là Kế hoạch thông tin, tuyên truyền CCHC năm 2026 của Sở Nội vụ./.
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCHC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Bích Ngọc
"""



# two signatures side by side, the recipients under them: a joint plan's closing, as text extraction lays it out
SIGNATURES_SIDE_BY_SIDE = """TM. BAN THƯỜNG VỤ TỈNH ĐOÀN              GIÁM ĐỐC CÔNG AN TỈNH
PHÓ BÍ THƯ THƯỜNG TRỰC
(đã ký)                                  (đã ký)
Hứa Minh Đạt                             Đại tá Nông Quang Thiện
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT."""

def render_as_extracted(text: str = PLAN_TEXT, width: int = 72) -> str:
    """Hard-wrap long lines, bold the top headings, add page numbers, NFD and NBSP."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if line[:2] in ("A.", "B.", "C.", "D.") or line.startswith(("I. ", "II. ")):
            line = f"**{line}**"
        if len(line) > width and not line.startswith("**"):
            out.extend(textwrap.wrap(line, width))
            out.append("")
        else:
            out.append(line)
        if i == 30:
            out += ["", "2", ""]  # a page number between pages
    rendered = "\n".join(out).replace("Sở Nội vụ xây dựng", "Sở\u00a0Nội vụ xây dựng")
    return unicodedata.normalize("NFD", rendered)


def letterhead(issuer: str, number: str, place_date: str, doc_type: str, title: str) -> str:
    """The opening of a made-up document as plans write it: issuer, number, place and date, type, title."""
    return f"{issuer}\nSố: {number}\n{place_date}\n\n{doc_type}\n{title}\n"


def small_assistant(root, files: dict[str, str], model_path, embedder, copy_from=()):
    """An extractive ``Assistant`` over a small corpus written under ``root`` (file name → text; ``copy_from``:
    files copied as they are), indexed with the session's model: the answers over layouts no corpus file has."""
    import shutil
    from assistant.config import Settings
    from assistant.conversation import MemoryConversationStore
    from assistant.extractive import ExtractiveAnswerer
    from assistant.service import Assistant
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for path in copy_from:
        shutil.copy(path, corpus / path.name)
    settings = Settings(_env_file=None, home=root / "home", corpus_dir=corpus, embedding_model=model_path)
    assert not ingest(settings, embedder=embedder).failed
    engine = SearchEngine.open(settings, embedder=embedder)
    return Assistant(settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())


def assert_answered(assistant, question: str, must: list[str], section: str) -> None:
    """``question`` answered with each of ``must`` in the text, citing ``section`` (or a row under it: never a
    section above the one the answer reads)."""
    answer = assistant.ask(question).answer
    assert answer.grounded, (question, answer.answer)
    for m in must:
        assert m in answer.answer, (question, answer.answer)
    assert section in [c.section for c in answer.citations], (question, answer.citations)


# a decision that confers awards and carries their list after its signature ("DANH SÁCH … (Kèm theo Quyết định …)"),
# its table before any heading, group rows written in every cell as converters write a merged row
DECISION_WITH_LIST = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON PLÔNG           Độc lập – Tự do – Hạnh phúc
Số: 77/QĐ-UBND           Kon Plông, ngày 20 tháng 11 năm 2026
QUYẾT ĐỊNH
Về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích trong công tác cải cách hành chính năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON PLÔNG
Căn cứ Luật Thi đua, khen thưởng;
QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen cho 02 tập thể và 02 cá nhân (có danh sách kèm theo).
Điều 2. Tiền thưởng
1. Mỗi tập thể được thưởng 4.680.000 đồng; mỗi cá nhân được thưởng 2.340.000 đồng.
2. Tổng số tiền thưởng là 14.040.000 đồng, chi từ Quỹ thi đua, khen thưởng của tỉnh.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:                       KT. CHỦ TỊCH
- Như Điều 3;                   PHÓ CHỦ TỊCH
- Lưu: VT.
                                Lò Văn Pao
DANH SÁCH
TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN
(Kèm theo Quyết định số 77/QĐ-UBND ngày 20/11/2026 của Chủ tịch UBND tỉnh)
| STT | Tên tập thể, cá nhân | Thành tích |
|---|---|---|
| I. TẬP THỂ | I. TẬP THỂ | I. TẬP THỂ |
| 1 | Trung tâm Phục vụ hành chính công tỉnh | Giải quyết đúng hạn 99,4% hồ sơ thủ tục hành chính |
| 2 | Ủy ban nhân dân xã Đăk Long | Số hóa 100% hồ sơ ngay khi tiếp nhận; Chỉ số cải cách hành chính năm 2025 đạt 91,27 điểm |
| II. CÁ NHÂN | II. CÁ NHÂN | II. CÁ NHÂN |
| 1 | Bà A Thị Hoa, chuyên viên Sở Nội vụ | Hướng dẫn 2.060 lượt người dân nộp hồ sơ trực tuyến |
| 2 | Ông Y Bhăm, công chức xã Đăk Long | Đạt giải Nhất Hội thi "Công chức một cửa thân thiện" cấp tỉnh |
"""

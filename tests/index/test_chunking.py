"""Sections → chunks and sentences: lines, bullets and enumerations survive."""
from __future__ import annotations

from index.chunking import chunk_document, logical_lines, split_sentences
from index.parser import parse_text


def test_an_enumeration_after_a_colon_is_one_sentence_across_lines():
    text = ("- Không nhận hồ sơ giấy đối với 04 thủ tục: Thông báo khuyến mại (Sở Công Thương);\n"
            "Đăng ký hộ kinh doanh, Chấm dứt hoạt động hộ kinh doanh (UBND cấp huyện). Đến nay đạt; 100% hồ sơ.")
    assert split_sentences(text) == [
        "- Không nhận hồ sơ giấy đối với 04 thủ tục: Thông báo khuyến mại (Sở Công Thương); "
        "Đăng ký hộ kinh doanh, Chấm dứt hoạt động hộ kinh doanh (UBND cấp huyện).",
        "Đến nay đạt; 100% hồ sơ."]


def test_field_lines_and_bullets_stay_lines_of_their_own():
    text = "- Đơn vị chủ trì: Sở A;\nThời gian thực hiện: Quý III.\n- Gồm: mục một;\n- mục hai."
    assert logical_lines(text) == text.split("\n")
    assert split_sentences(text) == text.split("\n")


def test_a_long_section_split_into_parts_keeps_its_bullet_lines():
    bullets = "\n".join(f"- Nội dung thứ {i} được tuyên truyền rộng rãi trên các phương tiện thông tin đại chúng."
                        for i in range(40))
    doc = parse_text(f"KẾ HOẠCH\nTuyên truyền năm 2025\nI. MỤC ĐÍCH\n{bullets}\n", "plan.txt")
    parts = [c for c in chunk_document(doc, max_chars=600) if c.section == "I"]
    assert len(parts) > 1
    for c in parts:
        assert all(line.startswith(("I.", "- ")) for line in c.text.split("\n")), c.text

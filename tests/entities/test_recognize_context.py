"""Rules that read the words around a name: definitions, cues, titles and their complements."""

from __future__ import annotations

from tests.entities.recognition_helpers import article, names, names_in


def test_copula_defines_the_subject_it_follows() -> None:
    found = names(
        "Rasendria adalah sebuah band rock asal Malang yang dibentuk pada tahun 2004, "
        "dan lagu mereka sering diputar di radio kampus.",
        language="id",
    )
    assert ("Rasendria", "ORG") in found
    english = names(
        "Brackwater is a small town on the river, and most of its people work in the mills "
        "that line the valley.",
        language="en",
    )
    assert ("Brackwater", "LOC") in english


def test_copula_after_a_name_inside_a_clause_defines_nothing() -> None:
    found = names(
        "Lokasi yang paling mungkin menurut kantor berita Norwegia NTBX adalah kota Bergen di "
        "pantai barat, kata para pejabat.",
        language="id",
    )
    assert ("NTBX", "ORG") in found


def test_apposition_with_a_determiner_defines_the_name_before_it() -> None:
    found = names(
        "Lagu itu dinyanyikan Sekar Wening, seorang penyanyi muda dari Solo, dan diiringi "
        "Gemuruh, sebuah grup musik dari kota yang sama.",
        language="id",
    )
    assert ("Sekar Wening", "PER") in found
    assert ("Gemuruh", "ORG") in found


def test_a_name_opening_with_the_is_no_person() -> None:
    found = names(
        "Tahun itu The Velvet Lanterns bersama beberapa band pendatang baru merilis album "
        "kompilasi di Bandung.",
        language="id",
    )
    assert ("The Velvet Lanterns", "ORG") in found
    assert not any(label == "PER" for _, label in found)


def test_preposition_of_place_outweighs_a_given_names_guess() -> None:
    found = names(
        "Kereta tambahan akan berakhir di Linda Vista dan kembali lagi pada sore hari ke pusat "
        "kota.",
        language="id",
    )
    assert ("Linda Vista", "LOC") in found


def test_the_capital_of_a_state_is_a_place() -> None:
    found = names(
        "Sejak kota itu ditetapkan menjadi Ibu Kota RKS pada tahun 1950, kantor pemerintah "
        "pindah ke sana.",
        language="id",
    )
    assert ("RKS", "LOC") in found


def test_titled_works_and_founded_bodies() -> None:
    found = names(
        "Tahun berikutnya ia merilis singel berjudul Hana Nakamura dan ikut mendirikan Lembayung "
        "bersama teman-temannya.",
        language="id",
    )
    assert ("Hana Nakamura", "MISC") in found
    assert ("Lembayung", "ORG") in found


def test_the_verb_before_oleh_says_who_or_what_did_it() -> None:
    found = names(
        "Novel itu diterbitkan oleh Cakrawala pada 1998, sedangkan sampulnya dilukis oleh "
        "Wiratmo, dan penulisnya pernah bermain untuk Garuda Muda.",
        language="id",
    )
    assert ("Cakrawala", "ORG") in found
    assert ("Wiratmo", "PER") in found
    assert ("Garuda Muda", "ORG") in found


def test_acronym_after_a_title_names_the_body_of_the_office() -> None:
    found = names(
        "Pernyataan itu disampaikan Ketua LPKN Ahmad Fauzi kepada wartawan di kantornya pada "
        "Senin pagi.",
        language="id",
    )
    assert ("LPKN", "ORG") in found
    assert ("Ahmad Fauzi", "PER") in found


def test_words_before_a_given_name_after_a_title_name_the_body() -> None:
    found = names(
        "Kemenangan itu disambut gembira oleh pelatih Persatria Robert Hanson seusai "
        "pertandingan di stadion.",
        language="id",
    )
    assert ("Persatria", "ORG") in found
    assert ("Robert Hanson", "PER") in found


def test_body_then_person_after_a_comma() -> None:
    found = names(
        "Menurut pelatih Persatria, Robert Hanson, timnya sudah siap menghadapi laga berikutnya "
        "di kandang lawan.",
        language="id",
    )
    assert ("Persatria", "ORG") in found
    assert ("Robert Hanson", "PER") in found


def test_police_rank_is_a_title() -> None:
    found = names(
        "Acara itu dihadiri Irjen Hartono Wicaksono dan para pejabat lain dari kepolisian daerah.",
        language="id",
    )
    assert ("Hartono Wicaksono", "PER") in found
    assert not any("Irjen" in name for name, _ in found)


def test_pak_before_two_korean_syllables_is_a_family_name() -> None:
    found = names(
        "Delegasi itu dipimpin Pak Song Chol dan didampingi Pak Harjono, kepala desa setempat, "
        "selama kunjungan.",
        language="id",
    )
    assert ("Pak Song Chol", "PER") in found
    assert ("Harjono", "PER") in found


def test_photo_credit_names_an_agency() -> None:
    found = names(
        "Para pengungsi menunggu bantuan di perbatasan sejak pagi. (Foto: Kabarnusa)",
        language="id",
    )
    assert ("Kabarnusa", "ORG") in found


def test_quoted_character_after_a_role_word_is_a_person() -> None:
    found = names(
        'Ia terkenal karena berperan sebagai karakter " Haruki Tanabe " dalam serial " Langit '
        'Ungu " pada tahun 2005.',
        language="id",
    )
    assert ("Haruki Tanabe", "PER") in found
    assert ("Langit Ungu", "MISC") in found


def test_a_source_after_menurut_is_only_a_guess() -> None:
    first = article("Ribuan warga mengungsi di Korvania sejak pekan lalu, kata petugas.", ident="1")
    second = article("Menurut Korvania, jumlah pengungsi terus bertambah setiap hari.", ident="2")
    _, later = names_in(first, second)
    assert ("Korvania", "LOC") in later


def test_short_name_of_a_former_state_is_a_place() -> None:
    found = names(
        "The factory was built in 1962 to a Czechoslovak design and later sold to a firm in "
        "Poland.",
        language="en",
    )
    assert ("Czechoslovak", "LOC") in found


def test_english_country_name_that_cldr_renamed_is_a_place() -> None:
    found = names(
        "Exports to Turkey rose by a third last year, the trade ministry in Oslo said.",
        language="en",
    )
    assert ("Turkey", "LOC") in found


def test_title_word_opening_a_company_name_is_no_title() -> None:
    found = names(
        "Shares in General Holdings fell after Major Airlines cut its forecast, analysts said.",
        language="en",
    )
    assert ("General Holdings", "ORG") in found
    assert ("Major Airlines", "ORG") in found

"""Generic vocabulary the recogniser reads names by, in Indonesian and English.

Nothing here is a name: these are the words inside and next to names that tell where a name
starts and ends and what kind it is — titles and roles, the head and tail words of
organisation, place and event names, particles, month and day names, pronouns and page
furniture. All entries are lower case. The cue words around a name (descriptors,
prepositions, reporting verbs, definitions) are in `cue_words`.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The space-separated words of `text`, as a set."""
    return frozenset(text.split())


#: Titles, ranks and roles written before a person's name; stripped from the span (PER cue).
TITLES: frozenset[str] = word_set(
    # Indonesian: offices, ranks, honorifics and their usual abbreviations
    "presiden wapres wakil menteri menko menlu menhan mendagri menkeu menkes mensesneg "
    "perdana ketua wakapolri kapolri kapolda kapolres kapolsek panglima pangdam kasad kasal "
    "kasau jenderal jendral letjen mayjen brigjen kolonel kol letkol mayor kapten letnan "
    "laksamana laksda laksma marsekal marsda marsma komodor kombes kompol akbp ajun komisaris "
    "inspektur bripka brigadir sersan kopral prajurit gubernur wagub bupati wabup walikota "
    "irjen komjen aiptu aipda ipda iptu akp bripda briptu brigpol bharada laksdya marsdya "
    "letda lettu serda sertu serka serma praka pratu prada kopda koptu kopka pelda peltu "
    "wali wawali camat lurah kades sekda sekjen sekretaris direktur dirut presdir manajer "
    "kepala kabag kasubag kadis rektor dekan sekdes juru pemimpin pimpinan penasihat penasehat asisten staf "
    "duta dubes konsul senator anggota raja ratu sultan pangeran putri permaisuri paus uskup "
    "kardinal imam ustaz ustadz ustad kiai kyai habib syekh syeikh haji hajjah hj bapak pak "
    "ibu bu saudara saudari sdr tuan nyonya nona mbak mas bang kak dik om tante ki nyi "
    "almarhum almarhumah alm mantan eks calon capres cawapres caleg pelatih kapten hakim "
    "jaksa pengacara profesor prof dr drs dra ir ssi sh mh se mm mba mr mrs ms "
    # English
    "president vice minister prime premier secretary chancellor chairman chairwoman "
    "chairperson chair chief ceo cfo coo cto director governor mayor senator sen rep "
    "representative congressman congresswoman ambassador envoy spokesman spokeswoman "
    "spokesperson general gen lieutenant lt colonel col major maj captain capt admiral adm "
    "commander cmdr sergeant sgt corporal private marshal king queen prince princess emperor "
    "empress sultan pope bishop archbishop cardinal rabbi reverend rev father "
    "mister miss madam dame lord lady sir judge justice attorney prosecutor professor "
    "doctor dr coach manager deputy principal"
)

#: Honorifics and forms of address: the name follows directly, with no modifiers between.
HONORIFICS: frozenset[str] = word_set(
    "pak bapak bu ibu haji hajjah hj mr mrs ms dr drs dra prof ir kyai kiai ki nyi tuan nyonya "
    "nona mbak mas bang kak sdr saudara saudari syekh syeikh habib ustaz ustadz ustad sir "
    "mister madam dame lord lady rev reverend father sang"
)

#: Two-word titles whose words are also ordinary words alone ("juru bicara", "wali kota").
TITLE_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {
        ("juru", "bicara"),
        ("wali", "kota"),
        ("perdana", "menteri"),
        ("wakil", "presiden"),
        ("kepala", "staf"),
        ("duta", "besar"),
        ("ibu", "kota"),
        ("prime", "minister"),
        ("vice", "president"),
        ("foreign", "minister"),
        ("foreign", "secretary"),
        ("home", "secretary"),
        ("attorney", "general"),
        ("secretary", "general"),
        ("chief", "executive"),
    }
)

#: Honorifics that stay part of a person's name in the usual writing of it.
NAME_HONORIFICS: frozenset[str] = frozenset({"raden", "tun", "datuk", "teuku", "cut", "andi"})

#: Head words that open an organisation's name ("Kementerian Perhubungan", "Bank of X").
ORG_HEADS: frozenset[str] = word_set(
    "kementerian kemenko departemen dewan badan komite komisi lembaga majelis mahkamah "
    "pengadilan kejaksaan kejati kejari kepolisian polda polres polsek polri kodam korem "
    "kodim tentara angkatan pasukan partai universitas institut akademi politeknik "
    "perguruan sekolah yayasan persatuan perhimpunan ikatan himpunan asosiasi konfederasi "
    "serikat koperasi perusahaan pt cv perum perumda bank grup kelompok klub "
    "dinas direktorat biro sekretariat pusat harian majalah radio televisi gerakan "
    "front aliansi koalisi liga organisasi persekutuan kongres parlemen senat kabinet "
    "fakultas pondok "
    "ministry department council agency committee commission board bureau office "
    "authority university college institute academy school association federation union "
    "party bank court tribunal parliament congress senate assembly cabinet police army "
    "navy airforce church foundation league club team organisation organization "
    "fc ac sc cd ud rc ssc vfb vfl tsv real atletico dinamo dynamo olympique"
)

#: Two-word organisation heads ("Kantor Berita", "Rumah Sakit").
ORG_HEAD_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {
        ("kantor", "berita"),
        ("surat", "kabar"),
        ("rumah", "sakit"),
        ("perguruan", "tinggi"),
        ("stasiun", "televisi"),
        ("news", "agency"),
    }
)

#: Words that end an organisation's name ("Standard Oil Co", "Federal Reserve", "X FC").
ORG_TAILS: frozenset[str] = word_set(
    "co corp corporation inc incorporated ltd limited plc llc ag sa nv bv gmbh spa bhd tbk "
    "persero bros sv afc fk bk ssc group holdings holding bank airlines airways air motors industries "
    "technologies systems petroleum securities partners capital fund trust association "
    "institute university college school council committee commission party agency "
    "ministry department office service services board court authority reserve exchange "
    "bureau foundation club fc cf sc united press news times post journal herald tribune "
    "gazette telegraph network tv television radio broadcasting records studios pictures films "
    "entertainment music band orchestra army navy force forces police guard church league "
    "federation organisation organization company enterprises international parliament "
    "congress senate assembly cabinet government coalition alliance front movement "
    "brigade battalion regiment division command labs laboratories media communications "
    "magazine daily weekly"
)

#: Head words that open a place's name ("Desa X", "Gunung X", "Lake X").
LOC_HEADS: frozenset[str] = word_set(
    "desa kelurahan kecamatan kabupaten kota kotamadya provinsi propinsi dusun kampung "
    "distrik prefektur pulau kepulauan gunung pegunungan puncak bukit danau sungai kali "
    "teluk selat laut samudra samudera tanjung semenanjung lembah pantai jalan jl jln gang "
    "bandara pelabuhan stasiun terminal kastil candi benteng taman menara monumen tugu "
    "pasar lapangan stadion museum masjid kawasan bundaran simpang jembatan wilayah "
    "hutan gurun padang dataran sd smp sma smk smu ponpes pesantren madrasah gedung istana "
    "mount mt lake cape fort port gulf bay isle strait sea lake river mountains"
)

#: Two-word place heads.
LOC_HEAD_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("bandar", "udara"), ("negara", "bagian"), ("daerah", "istimewa")}
)

#: Words that end a place's name ("Baikonur Cosmodrome", "Serayu River").
LOC_TAILS: frozenset[str] = word_set(
    "island islands river sea ocean mountain mountains mount hill hills valley bay gulf "
    "strait peninsula desert street st road rd avenue ave square bridge airport station "
    "harbour harbor canal park stadium arena province county district region territory "
    "coast cosmodrome spaceport airbase basin plateau falls beach reef lake city town "
    "village heights quay"
)

#: Words that open a state's formal name ("Republik …", "Kingdom of …"): a country, LOC.
STATE_HEADS: frozenset[str] = word_set(
    "republik kerajaan kesultanan federasi uni persemakmuran keemiran republic kingdom "
    "federation commonwealth emirate sultanate principality"
)

#: Words that open the name of an event, law, award or other thing (MISC).
MISC_HEADS: frozenset[str] = word_set(
    "perang piala festival olimpiade undang-undang uu peraturan perpres perppu konferensi "
    "operasi tragedi peristiwa revolusi piagam deklarasi perjanjian traktat penghargaan "
    "anugerah kejuaraan turnamen bahasa pertempuran pemberontakan krisis gp "
    "war battle operation treaty cup festival olympics prix"
)

#: Words that end such a name ("Korean War", "World Cup", "Nobel Prize").
MISC_TAILS: frozenset[str] = word_set(
    "war cup games olympics championship championships open award awards prize festival "
    "act treaty accord summit expo crisis revolution tour"
)

#: Direction and size words that make a place out of a place ("Bandung Barat", "Far East").
GEO_QUALIFIERS: frozenset[str] = word_set(
    "utara selatan timur barat tengah tenggara barat daya laut jauh raya jaya besar hulu hilir "
    "dalam luar atas bawah baru lama north south east west central northern southern "
    "eastern western upper lower greater far middle new"
)


#: Words never part of a name even when capitalised: months, days, pronouns, determiners.
NEVER_NAMES: frozenset[str] = word_set(
    "januari februari maret april mei juni juli agustus september oktober november "
    "desember january february march june july august october december "
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad "
    "monday tuesday wednesday thursday friday saturday sunday "
    "dia ia kami kita mereka saya aku anda engkau kamu beliau ini itu tersebut "
    "i he she it we they you me him her us them his its our their my your "
    "the a an this that these those there here what who when where why how "
    "yang dan atau di ke dari pada untuk dengan dalam oleh para sang si "
    "juga pun saja lagi sudah belum telah akan tidak bukan namun tetapi karena sehingga "
    "bahwa jika kalau ketika saat setelah sebelum selain seperti yakni yaitu adalah "
    "wib wita wit gmt utc am pm jr sr no rp"
)


#: Month and day abbreviations: not names next to a number ("12 Sep 2023", "Feb 26").
DATE_ABBREVIATIONS: frozenset[str] = word_set(
    "jan feb mar apr jun jul agu agt ags aug sep sept okt oct nov des dec "
    "sen sel rab kam jum sab min mon tue tues wed thu thur thurs fri sat sun"
)


#: Common-noun abbreviations written in capitals that are not names (weapon classes, units).
COMMON_ABBREVIATIONS: frozenset[str] = word_set(
    "ktt icbm slbm irbm srbm bbm bbg phk sdm sda umkm ukm apbn apbd pdb gdp ceo cfo coo cto "
    "vp tv hp pc ok atm sms pdf dna rna hiv aids covid wib wita wit gmt utc am pm ad bc "
    "ipo vat mln bln pct dlrs dlr usd idr rp kg km cm mm mw kwh cc no nomor hal tbk "
    "rt rw uud sk pp kuhp kuhap lsm ormas ptn pts sd smp sma smk smu pns asn "
    "ham it ai iot ui ux api pr hrd qa faq dll dsb dkk sbg yg dgn tsb "
    "kb mb gb tb ghz mhz khz hz mah mbps gbps fps rpm hp ps"
)

#: Academic degrees written after a person's name, dots removed, case as written.
DEGREES: frozenset[str] = word_set(
    "BA BSc BEng MA MSc MEng MBA MPA MPH PhD DPhil LLB LLM SH MH SE MM ST MT SPd MPd SKom "
    "MKom SSos MSi SIP SAg SHI SKM SKed SIKom SPsi MPsi SS MHum SFarm Apt"
)

#: The lower-case forms degrees are written in, with and without dots ("s.h.", "sh", "ph.d").
DEGREE_FORMS: frozenset[str] = frozenset(
    form
    for degree in DEGREES
    for parts in [re.findall(r"[A-Z][a-z]*", degree)]
    for form in (degree.lower(), ".".join(parts).lower(), ".".join(parts).lower() + ".")
)

#: Page furniture and headline labels that are capitalised but never names.
FURNITURE: frozenset[str] = word_set(
    "breaking news internasional nasional berita terkini terpopuler baca juga lihat "
    "komentar tags tag foto video sumber editor reporter penulis redaktur advertisement "
    "article image photo caption share read more related topics sukses halaman "
    "update updated"
)

#: Religions and their adherents: named things, not places or people (MISC).
RELIGIONS: frozenset[str] = word_set(
    "islam muslim kristen katolik protestan hindu buddha buddhis konghucu yahudi "
    "christian catholic protestant jewish buddhist sunni syiah shia"
)

#: Particles that join the parts of a person's name ("bin", "van der", "de", Japanese "no").
NAME_PARTICLES: frozenset[str] = word_set(
    "bin binti van von der den de da dos das del della du la le al el ibn ter ten zu y no"
)

#: Particles found inside people's names only: "Umar bin Salim", "Taira no Kiyomori".
PERSON_PARTICLES: frozenset[str] = word_set("bin binti ibn van von no")

#: Words that join the parts of an organisation, place or event name ("Bank of X").
NAME_JOINERS: frozenset[str] = word_set("of for and dan the untuk voor & de du des la le del")

#: Words that join two names rather than the parts of one ("X dan Y", "X and Y").
COORDINATORS: frozenset[str] = frozenset({"and", "dan", "&"})

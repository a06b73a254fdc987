"""Generic vocabulary the recogniser reads names by, in Indonesian and English.

Nothing here is a name: these are the words around and inside names that tell where a name
starts and ends and what kind it is — titles and roles, the head words of organisation, place
and event names, the lower-case descriptors and prepositions before a name, reporting verbs,
month and day names, pronouns and page furniture. All entries are lower case.
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
    "doctor dr coach manager deputy"
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

#: Head words that open an organisation's name ("Kementerian Pertahanan", "Bank of X").
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
    "fc ac sc cd ud rc ssc vfb vfl tsv"
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
    "hutan gurun padang dataran sd smp sma smk smu gedung istana "
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
    "utara selatan timur barat tengah tenggara barat daya laut jauh raya besar hulu hilir "
    "dalam luar atas bawah baru lama north south east west central northern southern "
    "eastern western upper lower greater far middle new"
)

#: Lower-case words before a name that say it is an organisation ("kantor berita X").
ORG_CUES: frozenset[str] = word_set(
    "berita kabar harian majalah media televisi radio situs laman portal perusahaan "
    "maskapai bank klub tim band grup kelompok organisasi partai lembaga yayasan "
    "universitas pasukan milisi faksi gerakan koalisi aliansi produsen raksasa startup "
    "operator emiten label agency newspaper magazine broadcaster network company firm "
    "group club team party band carrier airline maker retailer militia insurer lender "
    "groups companies firms banks agencies carriers airlines makers lenders insurers unions "
    "parties clubs teams bands newspapers broadcasters "
    "bicara spokesman spokeswoman spokesperson"
)

#: Administrative units whose type is part of the unit's name even in lower case
#: ("desa Sukamaju" is the village Desa Sukamaju; "kota" and "wilayah" stay descriptors).
ADMIN_UNITS: frozenset[str] = word_set(
    "desa dusun kelurahan kecamatan kabupaten provinsi propinsi distrik prefektur"
)

#: Lower-case words before a name that say it is a place ("di X", "kota X", "in X").
LOC_CUES: frozenset[str] = word_set(
    "di ke kota kabupaten provinsi wilayah daerah kawasan negara negeri desa kampung "
    "menuju dekat melewati sepanjang "
    "pulau gunung sungai kecamatan ibukota perbatasan semenanjung "
    "in at near into across outside inside towards city town village province region "
    "capital island state country"
)

#: Prepositions that weakly suggest a place: people are met "from" too.
WEAK_LOC_CUES: frozenset[str] = frozenset({"dari", "from", "to", "asal"})

#: Lower-case words before a name that say it is a person ("kata X", "pelatih X").
PER_CUES: frozenset[str] = word_set(
    "kata ujar ungkap tutur jelas tegas imbuh tambah sebut lanjut menurut oleh pelatih "
    "penyanyi aktor aktris pemain gelandang penyerang kiper bek striker sutradara penulis "
    "wartawan jurnalis pengacara istri suami anak putra putri ayah ibu adik kakak sang si "
    "tersangka terdakwa korban rekan mantan almarhum dokter pengusaha politikus politisi "
    "ekonom analis pengamat peneliti said says told according by singer actor actress "
    "player striker midfielder goalkeeper defender coach manager writer author wife "
    "husband son daughter father mother brother sister suspect victim colleague economist "
    "analyst researcher told"
)

#: Lower-case words before a name that say it is some other named thing ("pandemi X").
MISC_CUES: frozenset[str] = word_set(
    "pandemi virus penyakit album lagu film novel buku acara program serial aplikasi "
    "produk rudal pesawat kapal roket game gim operasi festival drama sinetron singel single "
    "episode lakon tur gelar pandemic virus album song film movie novel book show series app "
    "product missile rocket aircraft drama episode tour"
)

#: A verb and the preposition after it that say what the name after them is: a publisher,
#: label or owner ("diterbitkan oleh X"), an author or performer ("ditulis oleh X"), a club
#: or band one plays for or joins ("bermain untuk X").
PAIRED_CUES: dict[tuple[str, str], str] = {
    **{
        (verb, "oleh"): "ORG"
        for verb in word_set(
            "diterbitkan dirilis diedarkan didistribusikan dimiliki dikelola dioperasikan "
            "diselenggarakan disponsori didanai diakuisisi dikontrak direkrut dibeli "
            "diproduksi dipasarkan"
        )
    },
    **{
        (verb, "oleh"): "PER"
        for verb in word_set(
            "ditulis dikarang disutradarai dinyanyikan dibawakan diciptakan digubah "
            "diperankan dilukis dipimpin dilatih"
        )
    },
    **{
        (verb, "by"): "ORG"
        for verb in word_set("published released distributed owned operated sponsored acquired")
    },
    **{(verb, "by"): "PER" for verb in word_set("written directed sung composed painted coached")},
    ("bermain", "untuk"): "ORG",
    ("bermain", "di"): "ORG",
    ("bergabung", "dengan"): "ORG",
    ("bergabung", "ke"): "ORG",
    ("dipinjamkan", "ke"): "ORG",
    ("played", "for"): "ORG",
    ("signed", "for"): "ORG",
    ("signed", "with"): "ORG",
    ("loaned", "to"): "ORG",
}

#: Words before a name that make it a title of a work whatever its words ("berjudul X").
TITLE_CUES: frozenset[str] = word_set("berjudul bertajuk berjudulkan titled entitled")

#: Verbs whose object is an organisation: "mendirikan X" (founded), "memperkuat X" (a club).
ORG_VERBS: frozenset[str] = word_set(
    "mendirikan memperkuat dikontrak diakuisisi mengakuisisi founded co-founded acquired"
)

#: Words after a name that say a person did it ("X mengatakan", "X said").
PER_VERBS_AFTER: frozenset[str] = word_set(
    "mengatakan menyatakan menjelaskan menegaskan menambahkan mengungkapkan menuturkan "
    "berkata bertanya menjawab tersenyum lahir meninggal wafat said says told added "
    "explained asked replied smiled born died"
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

#: Words before a country's name that make it a language ("bahasa Korea").
LANGUAGE_CUES: frozenset[str] = frozenset({"bahasa", "berbahasa"})

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

#: Particles that join the parts of a person's name ("bin", "van der", "de").
NAME_PARTICLES: frozenset[str] = word_set(
    "bin binti van von der den de da dos das del della du la le al el ibn ter ten zu y"
)

#: Words that join the parts of an organisation, place or event name ("Bank of X").
NAME_JOINERS: frozenset[str] = word_set("of for and dan the untuk voor & de du des la le del")

#: Words that join two names rather than the parts of one ("X dan Y", "X and Y").
COORDINATORS: frozenset[str] = frozenset({"and", "dan", "&"})

#: Nouns that say what a name is when it is defined ("X adalah sebuah band", "X is a city").
DEFINING_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            "band grup group kelompok klub club tim team perusahaan company firm corporation "
            "partai party organisasi organization organisation lembaga badan yayasan "
            "maskapai airline bank label penerbit publisher produsen manufacturer koran "
            "harian majalah magazine newspaper situs website universitas university "
            "institut institute waralaba franchise startup duo trio kuartet orkestra "
            "orchestra"
        ),
        "ORG",
    ),
    **dict.fromkeys(
        word_set(
            "kota city town desa village kelurahan kecamatan kabupaten provinsi province "
            "negara country pulau island sungai river gunung mountain danau lake kawasan "
            "wilayah region daerah distrik district dusun kampung stasiun station bandara "
            "airport pelabuhan port teluk bay selat strait pantai beach lembah valley "
            "benteng fort candi temple masjid mosque museum stadion stadium taman park "
            "jalan street ibukota capital suburb permukiman"
        ),
        "LOC",
    ),
    **dict.fromkeys(
        word_set(
            "penyanyi aktor aktris pemeran pemain politikus politisi musisi penulis "
            "sutradara produser pengusaha atlet pesepak pesepakbola petinju pebulu "
            "komposer pelukis penyair ilmuwan tokoh pahlawan ulama wartawan jurnalis "
            "model presenter rapper vokalis gitaris drummer pianis komedian pelawak "
            "biarawati pendeta penari perancang pembalap perenang pegulat anak putra putri "
            "istri suami singer actor actress player politician musician writer author "
            "director producer businessman businesswoman athlete footballer composer "
            "painter poet scientist journalist novelist rapper comedian songwriter"
        ),
        "PER",
    ),
    **dict.fromkeys(
        word_set(
            "film movie album lagu song buku book novel serial series acara show program "
            "game gim permainan aplikasi app festival turnamen tournament kompetisi "
            "penghargaan award drama sinetron singel single"
        ),
        "MISC",
    ),
}

#: Copulas that define the name before them ("X adalah …", "X is …").
COPULAS: frozenset[str] = word_set("adalah merupakan ialah is was")

#: Determiners between a copula and its noun; "seorang" alone says the name is a person's.
DEFINING_ARTICLES: frozenset[str] = word_set("sebuah seorang suatu satu salah a an one of the")

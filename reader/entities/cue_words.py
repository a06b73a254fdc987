"""The words around a name that say what kind of name it is, in Indonesian and English.

Cue words before a name ("kata X", "di X", "kantor berita X", "desa X", "bahasa X"), verbs
after it ("X mengatakan", "X terletak di"), the nouns and copulas of a definition ("X adalah
sebuah band"), and the small word classes that tell where a name stands in its clause
(counting words, words that are no nouns, words that follow a clause's subject). All entries
are lower case; `context` and `clause` read them.
"""

from __future__ import annotations

from reader.entities.vocab import word_set

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

#: Administrative units, streets and lakes whose type is part of the name even in lower case
#: ("desa Sukamaju" is the village Desa Sukamaju, "jalan Melati" the street Jalan Melati;
#: "kota" and "wilayah" stay descriptors).
ADMIN_UNITS: frozenset[str] = word_set(
    "desa dusun kelurahan kecamatan kabupaten provinsi propinsi distrik prefektur "
    "jalan jl jln gang danau"
)

#: Lower-case words before a name that say it is a place ("di X", "kota X", "in X").
LOC_CUES: frozenset[str] = word_set(
    "di ke kota kabupaten provinsi wilayah daerah kawasan negara negeri desa kampung "
    "menuju dekat melewati sepanjang "
    "pulau gunung sungai kecamatan ibukota perbatasan semenanjung "
    "in at near into across outside inside towards city town village province region "
    "capital island state country"
)

#: Nouns for the people of a place ("warga X", "penduduk X"): a weak cue, since ethnic
#: groups and organisations have members and residents too.
RESIDENT_CUES: frozenset[str] = word_set("warga penduduk masyarakat residents inhabitants")

#: Prepositions that weakly suggest a place: people are met "from" too.
WEAK_LOC_CUES: frozenset[str] = frozenset({"dari", "from", "to", "asal"})

#: Lower-case words before a name that say it is a person ("kata X", "pelatih X").
PER_CUES: frozenset[str] = word_set(
    "kata ujar ungkap tutur jelas tegas imbuh tambah sebut lanjut menurut oleh pelatih "
    "penyanyi aktor aktris pemain gelandang penyerang kiper bek striker sutradara penulis "
    "wartawan jurnalis pengacara istri suami anak putra putri ayah ibu adik kakak sang si "
    "orangtua cucu kakek nenek paman bibi sepupu keponakan menantu mertua "
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
    "episode lakon tur gelar kontes lomba sayembara pandemic virus album song film movie "
    "novel book show series app product missile rocket aircraft drama episode tour contest"
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

#: Words before a name with a score after it that make the name a team ("mengalahkan X 2-0").
MATCH_VERBS: frozenset[str] = word_set(
    "mengalahkan menaklukkan menundukkan mengandaskan membantai menekuk menjamu melawan "
    "menghadapi ditahan dikalahkan atas beat beats beating defeated against"
)

#: Words after a name that say it is a place rather than a person ("X terletak di …").
LOC_VERBS_AFTER: frozenset[str] = word_set("terletak berlokasi beribukota located situated")

#: Words that count the noun after them ("dua sekolah", "beberapa desa", "several schools").
COUNT_WORDS: frozenset[str] = word_set(
    "dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus ribu "
    "beberapa sejumlah banyak berbagai two three four five six seven eight nine ten "
    "several many dozens hundreds"
)

#: Indonesian root words that stand before names but are no nouns a name could qualify:
#: prepositions, conjunctions, adverbs, copulas, numerals, ordinals, adjectives, and the
#: nouns that introduce a name as such ("nama X", "julukan X").
NOT_NOUNS: frozenset[str] = word_set(
    "adalah ialah merupakan yaitu yakni serta tetapi namun sebab agar supaya bila apabila "
    "selama hingga sampai sesudah selain bagai kepada bagi tentang terhadap antara atas "
    "bawah luar depan belakang samping dekat tanpa menurut melalui lewat via per pun masih "
    "sedang baru lalu kemudian hanya cuma pernah sangat amat lebih paling kurang tak "
    "jangan sini situ sana nya sri hal ada tiada bersama pertama kedua ketiga keempat "
    "kelima terakhir muda tua lama besar kecil agung senior junior asal lain milik "
    "nama julukan panggilan gelar alias sebutan mononim bernama atau dengan maupun "
    "ketika kemarin kini nanti tadi lagi saja hanya bahkan justru yakni oleh dari pada "
    "daripada sama yang pula"
)

#: Words after a name that make it the subject of a clause ("… Budi mengadakan konser"):
#: auxiliaries, adverbs and copulas; verbs with the prefixes meN-, ber- and ter- count too.
SUBJECT_FOLLOWERS: frozenset[str] = word_set(
    "juga pula telah sudah pernah akan tidak tak belum sedang masih adalah merupakan ialah "
    "pun kemudian lantas segera sempat"
)

#: Words before a country's name that make it a language ("bahasa Korea").
LANGUAGE_CUES: frozenset[str] = frozenset({"bahasa", "berbahasa"})

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

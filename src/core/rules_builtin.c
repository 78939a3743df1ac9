/*-------------------------------------------------------------------------
 *
 * rules_builtin.c
 *	  The violation rules shipped with the extension.
 *
 * One row per rule of netralitas.violation_rule where builtin is true; the
 * install script fills the table from here.  Most rules read the stem view
 * (stems.h), where "memasang", "dipasang" and "pemasangan" are all
 * "pasang" and "pertemuan" is "temu"; W(n) allows up to n words between
 * two parts without leaving the sentence.  The words come from the forms
 * of the joint decree and the vocabulary the press uses for each
 * (domain brief §1.3 and §1.7).
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/rules_builtin.c
 *
 *-------------------------------------------------------------------------
 */
#include "classify.h"

/* up to n words, staying inside the sentence */
#define W(n) "(?: (?![.!?;])[^ ]+){0," #n "} "
#define S NT_RULE_ON_STEMS
#define T NT_RULE_ON_TEXT

#define CANDIDATE "(?:calon|paslon|bacalon|balon|capres|cawapres|caleg|cabup|cawabup|cagub|" \
	"cawagub|cawalkot|cawawalkot|kandidat|kontestan|peserta pemilu|tim sukses|timses)"
#define SOCIAL "(?:medsos|media sosial|sosial media|facebook|fb|instagram|ig|tiktok|twitter|" \
	"whatsapp|wa|youtube|akun|grup|status|story|online|daring|internet|x)"

static const nt_rule_def builtin[] = {
	/* F01: banners, billboards and other campaign props */
	{101, "F01", "\\b(?:pasang(?! (?:calon|paslon|bacalon|capres|cawapres|kandidat))|tempel|empel|tancap|cetak|sebar|bentang|naik)\\b" W(6)
	"(?:spanduk|baliho|poster|stiker|banner|umbul umbul|bendera|apk|alat aga|billboard)\\b", 1.0, S},
	{102, "F01", "\\b(?:spanduk|baliho|poster|stiker|banner|apk|billboard)\\b" W(8)
	"(?:pasang|tempel|empel|tancap)\\b(?! calon)", 0.9, S},
	{103, "F01", "\\bstiker\\b" W(6) "(?:ndara|mobil|motor|kaca)\\b", 1.0, S},

	/* F02: campaigning or promoting a candidate on social or online media */
	{201, "F02", "\\b(?:kampanye|sosialisasi|promosi|ajak|aja|konten|video|iklan|flyer|pamflet)\\b" W(8)
	SOCIAL "\\b", 1.0, S},
	{202, "F02", "\\b(?:unggah|posting|sebar|bagi|tulis)\\b" W(8) "(?:ajak|aja|dukung|pilih|coblos|"
	"visi|misi|program|kampanye)\\b" W(8) CANDIDATE "\\b", 1.1, S},
	{203, "F02", "\\b(?:admin|kelola|buat)\\b" W(4) "(?:akun|grup|fanpage|halaman|kanal)\\b" W(8)
	"(?:dukung|menang|penang|relaw|" CANDIDATE ")\\b", 1.1, S},

	/* F03: approaching a party or the public to become a candidate oneself */
	{301, "F03", "\\b(?:daftar|ambil formulir|kembali formulir|formulir|lamar|maju|calon diri|dekat)\\b" W(8)
	"(?:bakal calon|bacalon|balon|calon bupat|calon wakil|calon wali|calon gubernur|calon kepala|"
	"calon anggota|calon legislatif|caleg|parta|parpol|partai politik)\\b", 1.0, S},
	{302, "F03", "\\b(?:tanpa|belum|tidak)\\b" W(3) "(?:cuti|undur diri|mundur|cltn)\\b", 0.8, S},
	{303, "F03", "\\bpendekatan\\b[^.]{0,60}\\b(?:partai|parpol)", 1.0, T},

	/* F04: attending a declaration or campaign event and showing support */
	{401, "F04", "\\b(?:hadir|ikut|turut|tampak|lihat|datang|kunjung)\\b" W(6)
	"(?:deklarasi(?! (?:netral|damai|tolak|anti|ikrar))|kampanye(?! damai)|rapat umum|orasi|konsolidasi|"
	"kukuh|peluncur|launching|arak|konvoi|pesta menang|syukur menang)\\b", 1.0, S},
	{402, "F04", "\\b(?:deklarasi|kampanye)\\b" W(10) "(?:hadir|ikut serta|turut|tampak)\\b", 0.8, S},

	/* F05: member or officer of a political party */
	{501, "F05", "\\b(?:anggota|urus|kader|tua|bendahara|sekretaris|wakil tua|fungsionaris)\\b" W(4)
	"(?:parta|parpol|partai politik|dpc|dpd|dpw|dpp|ranting)\\b", 1.0, S},
	{502, "F05", "\\bdaftar\\b" W(8) "(?:sipol|anggota parta|anggota parpol|kepengurusan)\\b", 1.1, S},
	{503, "F05", "\\b(?:kartu tanda anggota|kta)\\b", 1.0, S},

	/* F06: post, comment, share, like, follow or join a campaign account or group */
	{601, "F06", "\\b(?:suka|like|komentar|omentar|share|bagi|sebar|follow|ikut|gabung|retweet|"
		"repost|tag|tandai|subscribe)\\b" W(6)
	"(?:unggah|posting|status|akun|grup|foto|video|konten|kiriman|halaman|fanpage|twibbon|"
	"story|cuitan|twit|tweet)\\b", 1.0, S},
	{602, "F06", "\\b(?:tombol suka|jempol|like|love)\\b" W(6) "(?:unggah|posting|foto|konten|akun|"
	"status)\\b", 1.0, S},
	{603, "F06", "\\btwibbon\\b", 1.1, S},
	{604, "F06", "\\b(?:anggota|gabung|masuk|admin)\\b" W(4) "grup\\b" W(6) "(?:penang|menang|relaw|"
	"kampanye|dukung|" CANDIDATE ")\\b", 1.1, S},

	/* F07: photos with a candidate, partisan gestures or attributes */
	{701, "F07", "\\b(?:foto|swafoto|selfie|pose|potret)\\b" W(8) "(?:" CANDIDATE "|pasang calon)\\b", 1.0, S},
	{702, "F07", "\\b(?:acung|angkat|tunjuk|bentuk|pose)\\b" W(4) "(?:jari|jempol|telunjuk|tangan|"
	"simbol)\\b", 1.0, S},
	{703, "F07", "\\b(?:jari|jempol)\\b" W(3) "(?:dua|tiga|satu|empat|lima|simbol|nomor)\\b", 1.0, S},
	{704, "F07", "\\bsimbol\\b" W(4) "(?:pihak|dukung|jari|nomor urut|parta)\\b", 1.0, S},

	/* F08: partisan activities: meetings, appeals, calls, gifts, mobilising */
	{801, "F08", "\\b(?:ajak|aja|arah|perintah|minta|instruksi|seru|suruh|galang|imbau|himbau)\\b" W(8)
	"(?:(?<!hak )pilih|dukung|coblos|menang|penang|suara)\\b", 1.0, S},
	{802, "F08", "\\b(?:beri|bagi|sebar|salur)\\b" W(6) "(?:sembako|uang|amplop|hadiah|bingkis|kaos|"
	"beras|pupuk|minyak|kalender|jilbab|sarung)\\b", 0.9, S},
	{803, "F08", "\\b(?:gelar|adakan|ada|selenggara|fasilitas|kumpul|umpul|undang)\\b" W(6)
	"(?:temu|rapat|acara|kegiatan|silaturahmi|jamuan)\\b" W(10) "(?:" CANDIDATE "|kampanye|menang|"
	"dukung|penang)\\b", 1.0, S},
	{804, "F08", "\\b(?:mobilisasi|pobilisasi|gerak|kerah)\\b" W(6) "(?:asn|pns|guru|pegawai|warga|"
	"massa|bawah)\\b", 1.0, S},

	/* F09: expert, winning team or consultant of a prospective candidate */
	{901, "F09", "\\b(?:tim|anggota|koordinator|tua|konsult|relaw)\\b" W(3) "(?:penang|sukses|"
	"kampanye|ahli|relaw|konsult|gerak)\\b" W(8) "(?:bakal calon|bacalon|balon|bakal pasang|bapaslon)\\b",
	1.2, S},
	{902, "F09", "\\b(?:tim penang|tim sukses|timses|tim ahli|konsult)\\b" W(10)
	"sebelum\\s(?:tetap|penetapan)", 1.1, S},

	/* F10: on the campaign team of a determined candidate */
	{1001, "F10", "\\b(?:tim|anggota|koordinator|tua|konsult|juru)\\b" W(3) "(?:penang|sukses|"
	"kampanye|ahli|bicara|konsult)\\b" W(8) "(?<!bakal )(?:pasang calon|paslon|calon|capres|cawapres|"
	"caleg|cagub|cabup|cawalkot|kandidat|nomor urut)\\b", 1.1, S},
	{1002, "F10", "\\b(?:daftar|catat|masuk)\\b" W(4) "(?:tim kampanye|tim penang|tim sukses)\\b", 1.0, S},

	/* F11: support letters or ID-card copies for an independent candidate */
	{1101, "F11", "\\b(?:surat dukung|fotokop ktp|salin ktp|fotokop kartu tanda)\\b", 1.1, S},
	{1102, "F11", "\\b(?:umpul|kumpul|minta|himpun|pungut|tarik)\\b" W(6) "(?:ktp|fotokop|salin|"
	"nik|kartu keluarga)\\b", 1.1, S},
	{1103, "F11", "\\b(?:calon seorang|jalur seorang|independen)\\b" W(10) "(?:ktp|dukung)\\b", 1.0, S},

	/* F12: decisions or actions that benefit or harm a candidate */
	{1201, "F12", "\\b(?:putus|bijak|program|anggar|bantu|mutasi|rotasi|copot|angkat|sk|surat putus)\\b"
	W(10) "(?:untung|rugi|guna|kepentingan)\\b" W(8) "(?:" CANDIDATE "|pasang calon|kampanye|parta)\\b",
	1.1, S},
	{1202, "F12", "\\b(?:mutasi|copot|nonjob|geser|pindah)\\b" W(10) "(?:tidak dukung|beda pilih|"
	"lawan|dukung)\\b", 1.0, S},

	/* F13: other forms by law: state facilities, speaking at party events, money politics */
	{1301, "F13", "\\b(?:ndara|mobil|motor)\\b" W(2) "(?:dinas|plat merah|operasional)\\b" W(10)
	"(?:kampanye|deklarasi|parta|tim|" CANDIDATE ")\\b", 1.1, S},
	{1302, "F13", "\\b(?:fasilitas|gedung|kantor|rumah|aula|sarana)\\b" W(3) "(?:negara|dinas|jabat|"
	"pemerintah|pemda|kantor)\\b" W(10) "(?:kampanye|deklarasi|parta|" CANDIDATE ")\\b", 1.0, S},
	{1303, "F13", "\\b(?:bicara|narasumber|sambut|orasi|pidato)\\b" W(6) "(?:parta|parpol|kampanye|"
	"deklarasi)\\b", 1.0, S},
	{1304, "F13", "\\b(?:laku|libat|praktik|tangkap|dapat|bukti)\\b" W(3) "(?:politik uang|money politic)",
	0.9, S},
	{1305, "F13", "\\b(?:seragam|atribut|pakai)\\b" W(6) "(?:pns|korpri|dinas|asn)\\b" W(8)
	"(?:kampanye|deklarasi)\\b", 1.0, S},
};

const nt_rule_def *
nt_builtin_rules(int *count)
{
	*count = (int) (sizeof(builtin) / sizeof(builtin[0]));
	return builtin;
}

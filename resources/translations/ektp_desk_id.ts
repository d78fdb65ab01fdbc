<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="44"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="47"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="52"/>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="59"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="59"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="59"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="60"/>
        <source>Subject</source>
        <translation>Objek</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="60"/>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>since</source>
        <translation>sejak</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="159"/>
        <source>Save the berita acara of spoiled blanks</source>
        <translation>Simpan berita acara blangko rusak</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="163"/>
        <source>From</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="164"/>
        <source>To</source>
        <translation>Sampai tanggal</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="173"/>
        <source>Record collection of {nik}</source>
        <translation>Catat pengambilan {nik}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="174"/>
        <source>The card holder in person</source>
        <translation>Pemilik kartu sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="176"/>
        <source>A representative</source>
        <translation>Diwakilkan</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="193"/>
        <source>Card of {name}</source>
        <translation>Kartu atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="196"/>
        <source>Name of who took it</source>
        <translation>Nama pengambil</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="189"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="198"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="199"/>
        <source>Spoiled today</source>
        <translation>Rusak hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="200"/>
        <source>Printed in total</source>
        <translation>Total tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="211"/>
        <source>Printed today: {done} of {target}</source>
        <translation>Tercetak hari ini: {done} dari {target}</translation>
    </message>
</context>
<context>
    <name>CurrentCardPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="57"/>
        <source>Current card</source>
        <translation>Kartu saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="73"/>
        <source>No card selected</source>
        <translation>Belum ada kartu yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="75"/>
        <source>Scan a NIK or press F2 for the next record.</source>
        <translation>Pindai NIK atau tekan F2 untuk data berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="82"/>
        <source>{village}Kec. {kecamatan}</source>
        <translation>{village}Kec. {kecamatan}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="88"/>
        <source>F2 next</source>
        <translation>F2 berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="88"/>
        <source>F5 printed</source>
        <translation>F5 tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="88"/>
        <source>F8 spoiled</source>
        <translation>F8 rusak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="89"/>
        <source>F9 back to queue</source>
        <translation>F9 kembali ke antrean</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="89"/>
        <source>F6/F7 change roll</source>
        <translation>F6/F7 ganti gulungan</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="89"/>
        <source>F3 scan</source>
        <translation>F3 pindai</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="99"/>
        <source>attempt {n}</source>
        <translation>percobaan ke-{n}</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <location filename="../../ui/daily_dialog.py" line="26"/>
        <source>Save the daily report</source>
        <translation>Simpan laporan harian</translation>
    </message>
    <message>
        <location filename="../../ui/daily_dialog.py" line="34"/>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/daily_dialog.py" line="35"/>
        <source>Format</source>
        <translation>Format berkas</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="70"/>
        <source>Destroy invalid cards</source>
        <translation>Musnahkan kartu tidak berlaku</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="78"/>
        <source>Witness&apos;s name</source>
        <translation>Nama saksi</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="79"/>
        <source>NIP (optional)</source>
        <translation>NIP (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="83"/>
        <source>Add witness</source>
        <translation>Tambah saksi</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="86"/>
        <source>Remove witness</source>
        <translation>Hapus saksi</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="98"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="107"/>
        <source>Destroy…</source>
        <translation>Musnahkan…</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="111"/>
        <source>Cards in the register up to</source>
        <translation>Kartu dalam register sampai tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="112"/>
        <source>Made by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="113"/>
        <source>Shift coordinator</source>
        <translation>Koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="114"/>
        <source>Head of section</source>
        <translation>Kepala seksi</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="115"/>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="116"/>
        <source>Berita acara (PDF)</source>
        <translation>Berita acara (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="185"/>
        <source>{count} card(s) in the register up to {day} will be marked destroyed and listed on a new berita acara pemusnahan.

This cannot be undone. Destroy them?</source>
        <translation>{count} kartu dalam register sampai {day} akan ditandai dimusnahkan dan dicantumkan pada berita acara pemusnahan yang baru.

Tindakan ini tidak dapat dibatalkan. Musnahkan?</translation>
    </message>
</context>
<context>
    <name>EndShiftDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="268"/>
        <location filename="../../ui/shift_dialogs.py" line="286"/>
        <source>End shift</source>
        <translation>Akhiri shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="271"/>
        <source>What the next crew should know</source>
        <translation>Hal yang perlu diketahui shift berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="272"/>
        <source>Save the Excel handover report</source>
        <translation>Simpan laporan serah terima (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="290"/>
        <source>Shift {id}: {kind}, lead {lead}</source>
        <translation>Shift {id}: {kind}, koordinator {lead}</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="293"/>
        <source>Handover notes</source>
        <translation>Catatan serah terima</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="295"/>
        <source>Report file</source>
        <translation>Berkas laporan</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="317"/>
        <source>Ending the shift…</source>
        <translation>Mengakhiri shift…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="323"/>
        <source>Report not saved</source>
        <translation>Laporan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="338"/>
        <source>Every consumable covers the next shift.</source>
        <translation>Semua bahan habis pakai cukup untuk shift berikutnya.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="33"/>
        <source>Welcome to e-KTP Desk</source>
        <translation>Selamat datang di e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="36"/>
        <source>This office database is new and empty.

Try the program with demo data: three print stations, their operators and leads, stock, and {records} records in the queue. Or set up your own office: the first admin user and the first print station.</source>
        <translation>Basis data kantor ini masih baru dan kosong.

Coba program dengan data demo: tiga loket cetak beserta operator dan koordinator shift-nya, stok, dan {records} data di antrean. Atau siapkan kantor Anda sendiri: pengguna admin pertama dan loket cetak pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="43"/>
        <source>Fill with demo data</source>
        <translation>Isi dengan data demo</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="45"/>
        <source>Set up my office</source>
        <translation>Siapkan kantor saya</translation>
    </message>
</context>
<context>
    <name>ForecastBanner</name>
    <message>
        <location filename="../../ui/forecast_banner.py" line="21"/>
        <source>Blank cards</source>
        <translation>Blangko</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="24"/>
        <source>Spare ribbon rolls</source>
        <translation>Rol pita warna cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="26"/>
        <source>Spare film rolls</source>
        <translation>Rol film cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="29"/>
        <source>Ribbon {station}</source>
        <translation>Pita warna {station}</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="31"/>
        <source>Film {station}</source>
        <translation>Film {station}</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="38"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="40"/>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="48"/>
        <source>{what} out ±{time} {day}</source>
        <translation>{what} habis ±{time} {day}</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_banner.py" line="62"/>
        <source>Next shift: {warnings}. {action}</source>
        <translation>Shift berikutnya: {warnings}. {action}</translation>
    </message>
</context>
<context>
    <name>GatewayPanel</name>
    <message>
        <location filename="../../ui/gateway_view.py" line="37"/>
        <source>SMS gateway</source>
        <translation>Gateway SMS</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="44"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="44"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="44"/>
        <source>Signal</source>
        <translation>Sinyal</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="44"/>
        <source>Battery</source>
        <translation>Baterai</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="45"/>
        <source>Sent / received</source>
        <translation>Terkirim / diterima</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="92"/>
        <source>alive</source>
        <translation>hidup</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="94"/>
        <source>silent for {minutes} min</source>
        <translation>diam sejak {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="98"/>
        <source>The gateway database cannot be read: {detail}</source>
        <translation>Database gateway tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="102"/>
        <source>No modem has reported to the gateway yet: is gammu-smsd running?</source>
        <translation>Belum ada modem yang melapor ke gateway: apakah gammu-smsd berjalan?</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="105"/>
        <source>The outbox is not draining: {count} message(s) have waited more than an hour.</source>
        <translation>Kotak keluar macet: {count} pesan sudah menunggu lebih dari satu jam.</translation>
    </message>
    <message>
        <location filename="../../ui/gateway_view.py" line="107"/>
        <source>Outbox: {count} message(s) waiting.</source>
        <translation>Kotak keluar: {count} pesan menunggu.</translation>
    </message>
</context>
<context>
    <name>HandoverReportDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="120"/>
        <source>Save a shift&apos;s handover report</source>
        <translation>Simpan laporan serah terima shift</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="133"/>
        <source>open</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="124"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="139"/>
        <source>No shift has been started yet.</source>
        <translation>Belum ada shift yang dimulai.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help_menu.py" line="28"/>
        <source>Self-check…</source>
        <translation>Pemeriksaan mandiri…</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="31"/>
        <location filename="../../ui/help_menu.py" line="55"/>
        <source>About e-KTP Desk</source>
        <translation>Tentang e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="40"/>
        <source>{product}
Print-queue manager for the e-KTP print counter.

Python {python}, Qt {qt}, {system}</source>
        <translation>{product}
Pengelola antrean cetak untuk loket cetak KTP-el.

Python {python}, Qt {qt}, {system}</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="80"/>
        <source>Self-check</source>
        <translation>Pemeriksaan mandiri</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="82"/>
        <source>Checking this installation…</source>
        <translation>Memeriksa instalasi ini…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="129"/>
        <source>Import report: {file}</source>
        <translation>Laporan impor: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="132"/>
        <source>{rows} rows read: {imported} imported, {duplicates} duplicates skipped, {rejected} rejected.</source>
        <translation>{rows} baris dibaca: {imported} diimpor, {duplicates} duplikat dilewati, {rejected} ditolak.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="149"/>
        <location filename="../../ui/dialogs.py" line="193"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="149"/>
        <location filename="../../ui/dialogs.py" line="193"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="149"/>
        <location filename="../../ui/dialogs.py" line="193"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="157"/>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="173"/>
        <source>{count} row(s) went in without their phone number, which is not a usable mobile number (rows {rows}{more}).</source>
        <translation>{count} baris diimpor tanpa nomor telepon karena nomornya bukan nomor ponsel yang dapat dipakai (baris {rows}{more}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="180"/>
        <source>Save import report</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="182"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="74"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="81"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="82"/>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="86"/>
        <source>The window was locked after a quiet while. {user}, type your PIN to go on.</source>
        <translation>Jendela terkunci karena lama tidak dipakai. {user}, ketik PIN Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="88"/>
        <source>Password / PIN</source>
        <translation>Kata sandi / PIN</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="97"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="38"/>
        <source>e-KTP Desk — sign in</source>
        <translation>e-KTP Desk — masuk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="58"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <source>Password / PIN</source>
        <translation>Kata sandi / PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>No print station is set up yet: ask the admin.</source>
        <translation>Belum ada loket cetak yang disiapkan: hubungi admin.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="92"/>
        <source>This PC&apos;s clock</source>
        <translation>Jam PC ini</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>e-KTP Desk — {station}</source>
        <translation>e-KTP Desk — {station}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Take next record</source>
        <translation>Ambil data berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Spoiled…</source>
        <translation>Rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Back to queue</source>
        <translation>Kembalikan ke antrean</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Change ribbon</source>
        <translation>Ganti pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Change film</source>
        <translation>Ganti film</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Scan / search NIK</source>
        <translation>Pindai / cari NIK</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Import records…</source>
        <translation>Impor data…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>Receive stock…</source>
        <translation>Terima stok…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Correct stock…</source>
        <translation>Koreksi stok…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>Delivery on the way…</source>
        <translation>Kiriman dalam perjalanan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>Public stock notice…</source>
        <translation>Pengumuman ketersediaan blangko…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Daily report…</source>
        <translation>Laporan harian…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>Invalid cards and destruction…</source>
        <translation>Kartu tidak berlaku dan pemusnahan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111"/>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="113"/>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <source>Quit</source>
        <translation>Tutup program</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stok</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>Shif&amp;t</source>
        <translation>S&amp;hift</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="141"/>
        <source>Scan or type a NIK, then Enter</source>
        <translation>Pindai atau ketik NIK, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="143"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="163"/>
        <source>All priorities</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="80"/>
        <location filename="../../ui/desk_body.py" line="169"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>Handover report of a shift…</source>
        <translation>Laporan serah terima shift…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Berita acara of spoiled blanks…</source>
        <translation>Berita acara blangko rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Audit log…</source>
        <translation>Log audit…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117"/>
        <source>Start shift…</source>
        <translation>Mulai shift…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>End shift…</source>
        <translation>Akhiri shift…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="121"/>
        <source>Cards left at a printer…</source>
        <translation>Kartu yang tertinggal di printer…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="123"/>
        <source>Where the last shift stopped…</source>
        <translation>Posisi akhir shift sebelumnya…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>Card status for a citizen…</source>
        <translation>Status kartu warga…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127"/>
        <source>Ready-to-collect messages…</source>
        <translation>Pesan kartu siap diambil…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>C&amp;itizens</source>
        <translation>&amp;Warga</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="81"/>
        <source>Stations</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="170"/>
        <source>Printing now</source>
        <translation>Sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="171"/>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="172"/>
        <source>All open</source>
        <translation>Semua yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="177"/>
        <source>Search NIK or name</source>
        <translation>Cari NIK atau nama</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="181"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Opening the office…</source>
        <translation>Memuat data kantor…</translation>
    </message>
    <message>
        <location filename="../../ui/counter.py" line="56"/>
        <source>Print {nik} — {name}</source>
        <translation>Cetak {nik} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/counter.py" line="81"/>
        <source>Found {nik}</source>
        <translation>{nik} ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/counter.py" line="116"/>
        <source>{nik} is back in the queue in its place</source>
        <translation>{nik} kembali ke antrean di urutan semula</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="39"/>
        <source>ribbon</source>
        <translation>pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="39"/>
        <source>film</source>
        <translation>film</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="42"/>
        <source>Load a new {item} roll at {station}?</source>
        <translation>Pasang gulungan {item} baru di {station}?</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="46"/>
        <source>The {left} prints left on the old roll are written off.</source>
        <translation>Sisa {left} cetakan pada gulungan lama dihapusbukukan.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="49"/>
        <source>Change roll</source>
        <translation>Ganti gulungan</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="55"/>
        <source>New {item} roll loaded: {prints} prints</source>
        <translation>Gulungan {item} baru terpasang: {prints} cetakan</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="83"/>
        <source>Stock saved: now {balance} in stock</source>
        <translation>Stok tersimpan: stok sekarang {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/stock_actions.py" line="104"/>
        <source>Order {id} recorded: the forecast counts it from {time}</source>
        <translation>Pesanan {id} dicatat: perkiraan menghitungnya mulai {time}</translation>
    </message>
    <message>
        <location filename="../../ui/shift_actions.py" line="34"/>
        <source>Shift {id} started</source>
        <translation>Shift {id} dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/shift_actions.py" line="54"/>
        <source>No shift is open at this station</source>
        <translation>Tidak ada shift yang berjalan di loket ini</translation>
    </message>
    <message>
        <location filename="../../ui/shift_actions.py" line="59"/>
        <source>Shift {id} ended</source>
        <translation>Shift {id} selesai</translation>
    </message>
    <message>
        <location filename="../../ui/report_actions.py" line="29"/>
        <location filename="../../ui/report_actions.py" line="36"/>
        <location filename="../../ui/report_actions.py" line="43"/>
        <source>Saved {file}</source>
        <translation>{file} tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Settings saved</source>
        <translation>Pengaturan tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="33"/>
        <source>Import records</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="35"/>
        <source>Registry exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Berkas ekspor data kependudukan (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="44"/>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="55"/>
        <source>Importing {file}: {rows} rows read</source>
        <translation>Mengimpor {file}: {rows} baris dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="77"/>
        <source>Import refused</source>
        <translation>Impor ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="221"/>
        <source>The database is back; everything is up to date</source>
        <translation>Basis data tersambung kembali; semua data sudah mutakhir</translation>
    </message>
    <message>
        <location filename="../../ui/counter.py" line="139"/>
        <source>{nik} spoiled ({reason}); it is back at the head of the queue</source>
        <translation>{nik} rusak ({reason}); data kembali ke urutan terdepan antrean</translation>
    </message>
    <message>
        <location filename="../../ui/counter.py" line="145"/>
        <source>{nik} printed (attempt {attempt})</source>
        <translation>{nik} tercetak (percobaan ke-{attempt})</translation>
    </message>
    <message>
        <location filename="../../ui/counter.py" line="166"/>
        <source>No current card: scan a NIK or press F2 first</source>
        <translation>Belum ada kartu: pindai NIK atau tekan F2 dulu</translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="244"/>
        <source>Shift {id}: {kind}, lead {lead}</source>
        <translation>Shift {id}: {kind}, koordinator {lead}</translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="246"/>
        <source>No shift open at this station</source>
        <translation>Belum ada shift berjalan di loket ini</translation>
    </message>
    <message>
        <location filename="../../ui/refresh.py" line="265"/>
        <source>The database cannot be reached since {time}; retrying every few seconds. Nothing you do now is saved.</source>
        <translation>Basis data tidak dapat dihubungi sejak {time}; mencoba lagi setiap beberapa detik. Apa pun yang Anda lakukan sekarang tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="101"/>
        <source>{rows} rows</source>
        <translation>{rows} baris</translation>
    </message>
    <message>
        <location filename="../../ui/desk_body.py" line="107"/>
        <location filename="../../ui/desk_body.py" line="160"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="243"/>
        <source>Ready-to-collect messages</source>
        <translation>Pesan kartu siap diambil</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="250"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="250"/>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="250"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="250"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="266"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="269"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="294"/>
        <source>{count} message(s) wait for a gateway; {bad} of them have a number that cannot be used. Click “Send by WhatsApp” (or press Enter on a row) to open the chat with the message written; the SMS gateway sends the rest.</source>
        <translation>{count} pesan menunggu dikirim lewat gateway; {bad} di antaranya memiliki nomor yang tidak dapat dipakai. Klik “Kirim lewat WhatsApp” (atau tekan Enter pada baris) untuk membuka obrolan dengan pesan yang sudah tertulis; sisanya dikirim oleh gateway SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="312"/>
        <source>WhatsApp opened for {name}</source>
        <translation>WhatsApp dibuka untuk {name}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="328"/>
        <source>Export WhatsApp links</source>
        <translation>Ekspor tautan WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="329"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="345"/>
        <source>{count} link(s) saved to {file}</source>
        <translation>{count} tautan disimpan ke {file}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="350"/>
        <source>Send by WhatsApp</source>
        <translation>Kirim lewat WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="358"/>
        <source>Number cannot be used</source>
        <translation>Nomor tidak dapat dipakai</translation>
    </message>
</context>
<context>
    <name>OfficeSetupDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="69"/>
        <source>Set up the office</source>
        <translation>Siapkan kantor</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="75"/>
        <source>Loket 1</source>
        <translation>Loket 1</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="84"/>
        <source>Admin user</source>
        <translation>Pengguna admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="85"/>
        <source>Admin password / PIN</source>
        <translation>Kata sandi / PIN admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="86"/>
        <source>First print station</source>
        <translation>Loket cetak pertama</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="95"/>
        <source>Setting up…</source>
        <translation>Menyiapkan…</translation>
    </message>
</context>
<context>
    <name>OldCardBox</name>
    <message>
        <location filename="../../ui/old_card_box.py" line="19"/>
        <source>The old KTP-el was taken back (for destruction)</source>
        <translation>KTP-el lama sudah ditarik (untuk dimusnahkan)</translation>
    </message>
    <message>
        <location filename="../../ui/old_card_box.py" line="24"/>
        <source>(choose the cause)</source>
        <translation>(pilih penyebabnya)</translation>
    </message>
    <message>
        <location filename="../../ui/old_card_box.py" line="31"/>
        <source>e.g. corner cut, chip broken</source>
        <translation>misalnya sudut digunting, chip rusak</translation>
    </message>
    <message>
        <location filename="../../ui/old_card_box.py" line="35"/>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <location filename="../../ui/old_card_box.py" line="36"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/order_dialog.py" line="28"/>
        <source>Delivery on the way</source>
        <translation>Kiriman dalam perjalanan</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="32"/>
        <source>Blank cards</source>
        <translation>Blangko</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="32"/>
        <source>Ribbon rolls (sealed)</source>
        <translation>Gulungan pita warna (tersegel)</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="33"/>
        <source>Film rolls (sealed)</source>
        <translation>Gulungan film (tersegel)</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="53"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="54"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="55"/>
        <source>Expected</source>
        <translation>Diperkirakan tiba</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="56"/>
        <source>Letter / order no.</source>
        <translation>Nomor surat / pesanan</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="123"/>
        <source>Cards left at a printer</source>
        <translation>Kartu yang tertinggal di printer</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="125"/>
        <source>These cards were taken to a printer by an earlier shift or before this PC was closed. Look at each card and say what happened to it.</source>
        <translation>Kartu-kartu ini sudah dikirim ke printer oleh shift sebelumnya atau sebelum PC ini dimatikan. Periksa setiap kartu dan catat apa yang terjadi padanya.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="134"/>
        <source>Came out fine</source>
        <translation>Tercetak baik</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="135"/>
        <source>Came out spoiled…</source>
        <translation>Tercetak rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="136"/>
        <source>Never printed</source>
        <translation>Tidak tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="168"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="168"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="168"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="168"/>
        <source>Taken at</source>
        <translation>Waktu diambil</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="194"/>
        <source>{nik} resolved</source>
        <translation>{nik} selesai ditangani</translation>
    </message>
</context>
<context>
    <name>PrinterPanel</name>
    <message>
        <location filename="../../ui/printer_panel.py" line="43"/>
        <source>&lt;b&gt;Printer counters against the books&lt;/b&gt;</source>
        <translation>&lt;b&gt;Penghitung printer dibandingkan dengan buku&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="47"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="47"/>
        <source>Last reading</source>
        <translation>Pembacaan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="47"/>
        <source>Card counter</source>
        <translation>Penghitung kartu</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="48"/>
        <source>Ribbon: printer / ledger</source>
        <translation>Ribbon: printer / buku</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="48"/>
        <source>Film: printer / ledger</source>
        <translation>Film: printer / buku</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="49"/>
        <source>Since the reading before</source>
        <translation>Sejak pembacaan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="79"/>
        <source>Printer readings could not be read: {error}</source>
        <translation>Pembacaan printer tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="102"/>
        <source>never read</source>
        <translation>belum pernah dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="105"/>
        <source>{time}, skipped: {reason}</source>
        <translation>{time}, dilewati: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="117"/>
        <source>counter reset: not comparable</source>
        <translation>penghitung direset: tidak dapat dibandingkan</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="119"/>
        <source>another printer: not comparable</source>
        <translation>printer lain: tidak dapat dibandingkan</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="121"/>
        <source>no counter</source>
        <translation>tanpa penghitung</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="123"/>
        <source>matches ({count} cards)</source>
        <translation>cocok ({count} kartu)</translation>
    </message>
    <message>
        <location filename="../../ui/printer_panel.py" line="124"/>
        <source>{count} unrecorded</source>
        <translation>{count} tidak tercatat</translation>
    </message>
</context>
<context>
    <name>PrinterReadingDialog</name>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="52"/>
        <source>Printer readings at shift start</source>
        <translation>Pembacaan printer di awal shift</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="54"/>
        <source>Printer readings at shift end</source>
        <translation>Pembacaan printer di akhir shift</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="65"/>
        <source>why no reading is taken</source>
        <translation>mengapa tidak ada pembacaan</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="68"/>
        <source>Save reading</source>
        <translation>Simpan pembacaan</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="69"/>
        <source>Ask the printer</source>
        <translation>Tanya printer</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="70"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="71"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="87"/>
        <source>not shown</source>
        <translation>tidak ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="93"/>
        <source>Card counter</source>
        <translation>Penghitung kartu</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="94"/>
        <source>Ribbon prints left</source>
        <translation>Sisa cetakan ribbon</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="95"/>
        <source>Film prints left</source>
        <translation>Sisa cetakan film</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="96"/>
        <source>Serial number</source>
        <translation>Nomor seri</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="97"/>
        <source>Reason to skip</source>
        <translation>Alasan dilewati</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="102"/>
        <source>Stations still to read:</source>
        <translation>Loket yang belum dibaca:</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="140"/>
        <source>Asking the printer at {station}…</source>
        <translation>Menanyakan printer di {station}…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_reading_dialog.py" line="151"/>
        <source>No reading: {problem}. Type it, or skip with a reason.</source>
        <translation>Tidak ada pembacaan: {problem}. Ketik angkanya, atau lewati dengan alasan.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="58"/>
        <source>Position</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="59"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="60"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="61"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="62"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="63"/>
        <source>Recorded</source>
        <translation>Tanggal rekam</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="64"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="39"/>
        <source>Source</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="39"/>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="40"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="40"/>
        <source>Serial</source>
        <translation>Nomor seri</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="41"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="41"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="55"/>
        <source>Invalid cards and destruction</source>
        <translation>Kartu tidak berlaku dan pemusnahan</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="56"/>
        <source>Reading the register…</source>
        <translation>Membaca register…</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="77"/>
        <source>Why the cause is corrected</source>
        <translation>Alasan penyebab dikoreksi</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="78"/>
        <source>Correct cause</source>
        <translation>Koreksi penyebab</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="84"/>
        <source>Destroy…</source>
        <translation>Musnahkan…</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="91"/>
        <source>Selected card&apos;s cause</source>
        <translation>Penyebab kartu terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="125"/>
        <source>{count} invalid card(s) not yet destroyed (* cause corrected by a lead)</source>
        <translation>{count} kartu tidak berlaku belum dimusnahkan (* penyebab dikoreksi koordinator shift)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="176"/>
        <source>Berita acara {number}: {count} card(s) marked destroyed; the paper is in {file}</source>
        <translation>Berita acara {number}: {count} kartu ditandai dimusnahkan; dokumennya ada di {file}</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="130"/>
        <source>Total: {count}</source>
        <translation>Jumlah: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="162"/>
        <source>The cause of {nik}&apos;s spoiled blank is now: {cause}.</source>
        <translation>Penyebab blangko rusak {nik} sekarang: {cause}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="196"/>
        <source>An old card&apos;s cause was given when it was handed in.</source>
        <translation>Penyebab kartu lama sudah ditetapkan saat kartu itu ditarik.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>This PC</source>
        <translation>PC ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>Forecast</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="223"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Office settings can be changed by a shift lead.</source>
        <translation>Pengaturan kantor dapat diubah oleh koordinator shift.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>This PC&apos;s station</source>
        <translation>Loket PC ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Language and station apply at the next sign-in.</source>
        <translation>Bahasa dan loket berlaku mulai saat masuk berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Fields: {fields}. The message is sent as written.</source>
        <translation>Kolom: {fields}. Pesan dikirim persis seperti yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Used until shifts have been measured:</source>
        <translation>Dipakai sampai shift sudah terukur:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="147"/>
        <source>Delivery lead times (days), to warn in time:</source>
        <translation>Waktu tunggu pengiriman (hari), agar peringatan tepat waktu:</translation>
    </message>
</context>
<context>
    <name>SignerEdit</name>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="48"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/destroy_dialog.py" line="51"/>
        <source>NIP (optional)</source>
        <translation>NIP (tidak wajib)</translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>Spoiled card</source>
        <translation>Kartu rusak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>Card {nik} came out spoiled. Reason:</source>
        <translation>Kartu {nik} tercetak rusak. Alasan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Blank serial number</source>
        <translation>Nomor seri blangko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Record spoiled</source>
        <translation>Catat rusak</translation>
    </message>
</context>
<context>
    <name>StartShiftDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="70"/>
        <location filename="../../ui/shift_dialogs.py" line="84"/>
        <source>Start shift</source>
        <translation>Mulai shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="88"/>
        <source>Shift</source>
        <translation>Jenis shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="89"/>
        <source>Stations working</source>
        <translation>Loket yang bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="90"/>
        <source>Lead</source>
        <translation>Koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="99"/>
        <source>Tick at least one station.</source>
        <translation>Centang minimal satu loket.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="103"/>
        <source>Starting the shift…</source>
        <translation>Memulai shift…</translation>
    </message>
</context>
<context>
    <name>StationsView</name>
    <message>
        <location filename="../../ui/stations_view.py" line="24"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="24"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="24"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="24"/>
        <source>Printing now</source>
        <translation>Sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="25"/>
        <source>Ribbon left</source>
        <translation>Sisa pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="25"/>
        <source>Film left</source>
        <translation>Sisa film</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="54"/>
        <source>online</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="56"/>
        <source>offline (never seen)</source>
        <translation>tidak terhubung (belum pernah aktif)</translation>
    </message>
    <message>
        <location filename="../../ui/stations_view.py" line="57"/>
        <source>offline since {time}</source>
        <translation>tidak terhubung sejak {time}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="56"/>
        <source>Card status for a citizen</source>
        <translation>Status kartu warga</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="59"/>
        <source>Scan or type the citizen&apos;s NIK, then Enter</source>
        <translation>Pindai atau ketik NIK warga, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="62"/>
        <source>Look up</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="65"/>
        <source>Read this to the citizen:</source>
        <translation>Bacakan kepada warga:</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="67"/>
        <source>Scan the NIK on the citizen&apos;s receipt or KK.</source>
        <translation>Pindai NIK pada bukti perekaman atau KK warga.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="75"/>
        <source>Record collection…</source>
        <translation>Catat pengambilan…</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="85"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="146"/>
        <source>{nik} · not in this office&apos;s print queue</source>
        <translation>{nik} · tidak ada di antrean cetak kantor ini</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="150"/>
        <source>number {position} in the queue</source>
        <translation>nomor {position} di antrean</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="95"/>
        <source>Correct stock</source>
        <translation>Koreksi stok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95"/>
        <source>Receive stock</source>
        <translation>Terima stok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="100"/>
        <source>Blank cards</source>
        <translation>Blangko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="101"/>
        <source>Ribbon rolls (sealed)</source>
        <translation>Gulungan pita warna (tersegel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>Film rolls (sealed)</source>
        <translation>Gulungan film retransfer (tersegel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="114"/>
        <source>Change (+/-)</source>
        <translation>Perubahan (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="114"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="115"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="115"/>
        <source>Delivery note no.</source>
        <translation>No. surat jalan/BAST</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>SupplyPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="111"/>
        <source>Consumables</source>
        <translation>Bahan habis pakai</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="116"/>
        <source>Change ribbon (F6)</source>
        <translation>Ganti pita warna (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="117"/>
        <source>Change film (F7)</source>
        <translation>Ganti film (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="121"/>
        <source>Blank cards (office)</source>
        <translation>Blangko (stok kantor)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="123"/>
        <source>Ribbon</source>
        <translation>Pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="126"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="139"/>
        <source>Sealed rolls in stock: {ribbon} ribbon, {film} film</source>
        <translation>Gulungan tersegel di stok: pita warna {ribbon}, film {film}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="153"/>
        <source>{left} of {capacity} prints</source>
        <translation>{left} dari {capacity} cetakan</translation>
    </message>
</context>
<context>
    <name>WhereWeStoppedDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="211"/>
        <source>Where the last shift stopped</source>
        <translation>Posisi akhir shift sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="216"/>
        <source>(no handover notes)</source>
        <translation>(tidak ada catatan serah terima)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="220"/>
        <source>Last cards printed</source>
        <translation>Kartu terakhir yang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="222"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="222"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="222"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="222"/>
        <location filename="../../ui/shift_dialogs.py" line="232"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="225"/>
        <source>Cards left at a printer: {count}</source>
        <translation>Kartu yang tertinggal di printer: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="229"/>
        <source>Stock at the start of this shift</source>
        <translation>Stok di awal shift ini</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="232"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="232"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="251"/>
        <source>No shift has ended yet.</source>
        <translation>Belum ada shift yang selesai.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="252"/>
        <source>Last shift: {kind}, {start} to {end}, lead {lead}</source>
        <translation>Shift terakhir: {kind}, {start} sampai {end}, koordinator {lead}</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="60"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="73"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>Creating the demo office…</source>
        <translation>Membuat kantor demo…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Demo office ready</source>
        <translation>Kantor demo siap</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156"/>
        <source>Sign in with one of these users (user / password):

{logins}</source>
        <translation>Masuk dengan salah satu pengguna berikut (pengguna / kata sandi):

{logins}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="244"/>
        <source>Cannot use the database {url}: {error}</source>
        <translation>Basis data {url} tidak dapat dipakai: {error}</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../ui/buttons.py" line="18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="19"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="20"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="21"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="22"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="23"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="25"/>
        <source>the window is started by the ektp-desk launcher</source>
        <translation>jendela aplikasi dibuka melalui peluncur ektp-desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="305"/>
        <source>the stock ledger or the audit log was changed behind the program&apos;s back; places found: {count}</source>
        <translation>buku stok atau log audit diubah di luar program; tempat yang ditemukan: {count}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="376"/>
        <source>name who signs in with --user</source>
        <translation>sebutkan siapa yang masuk dengan --user</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/backups.py" line="32"/>
        <source>restoring replaces the office database: confirm with --yes</source>
        <translation>pemulihan akan menggantikan basis data kantor: konfirmasi dengan --yes</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="294"/>
        <source>the stock ledger does not match its balances; differences found: {count}</source>
        <translation>buku mutasi stok tidak cocok dengan saldonya; selisih yang ditemukan: {count}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="353"/>
        <source>the two passwords differ; nothing was saved</source>
        <translation>kedua kata sandi berbeda; tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/demo.py" line="79"/>
        <source>the number of demo records cannot be negative</source>
        <translation>jumlah data demo tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/demo.py" line="82"/>
        <source>a demo office holds at most {limit} records (got {records})</source>
        <translation>kantor demo berisi paling banyak {limit} data (diminta {records})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/demo.py" line="164"/>
        <source>demo data goes into an empty database; this one already has {users} users, {stations} stations, {records} records (use --db to choose another file)</source>
        <translation>data demo hanya untuk basis data kosong; basis data ini sudah berisi {users} pengguna, {stations} loket, {records} data (pilih berkas lain dengan --db)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="82"/>
        <location filename="../../ektp_desk/nik.py" line="43"/>
        <source>NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="83"/>
        <location filename="../../ektp_desk/nik.py" line="44"/>
        <source>NIK contains a non-ASCII digit {char} (only 0-9 are allowed)</source>
        <translation>NIK memuat angka non-ASCII {char} (hanya 0-9 yang boleh)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="86"/>
        <location filename="../../ektp_desk/nik.py" line="47"/>
        <source>NIK contains a non-digit character {char}</source>
        <translation>NIK memuat karakter bukan angka {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="87"/>
        <location filename="../../ektp_desk/nik.py" line="48"/>
        <source>NIK must have {expected} digits (got {count})</source>
        <translation>NIK harus {expected} digit (ada {count})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="90"/>
        <source>invalid NIK: unknown province code {code}</source>
        <translation>NIK tidak sah: kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="93"/>
        <source>invalid NIK: regency code {code} is invalid</source>
        <translation>NIK tidak sah: kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="94"/>
        <source>invalid NIK: kecamatan code {code} is invalid</source>
        <translation>NIK tidak sah: kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="97"/>
        <source>invalid NIK: birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>NIK tidak sah: tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="101"/>
        <source>invalid NIK: birth month {month} is invalid</source>
        <translation>NIK tidak sah: bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="104"/>
        <source>invalid NIK: birth date {date} does not exist</source>
        <translation>NIK tidak sah: tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="107"/>
        <source>invalid NIK: serial number {serial} is invalid</source>
        <translation>NIK tidak sah: nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="144"/>
        <source>name contains the control character {char}</source>
        <translation>nama berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="145"/>
        <source>kecamatan contains the control character {char}</source>
        <translation>kecamatan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="146"/>
        <source>kelurahan contains the control character {char}</source>
        <translation>kelurahan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="179"/>
        <source>NIK cell holds the number {number}, not text: Excel keeps only 15 significant digits, so the 16th digit may be lost; format the NIK column as Text and type the NIK again</source>
        <translation>sel NIK berisi angka {number}, bukan teks: Excel hanya menyimpan 15 digit, sehingga digit ke-16 bisa hilang; ubah format kolom NIK menjadi Teks lalu ketik ulang NIK-nya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="189"/>
        <source>NIK &apos;{text}&apos; was saved by Excel in scientific notation and has lost digits; format the NIK column as Text and export the file again</source>
        <translation>NIK &apos;{text}&apos; tersimpan oleh Excel dalam notasi ilmiah dan digitnya hilang; ubah format kolom NIK menjadi Teks lalu ekspor ulang berkasnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="205"/>
        <source>name is missing</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="209"/>
        <source>name is too long ({length} characters; at most {limit})</source>
        <translation>nama terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="219"/>
        <source>kecamatan is missing</source>
        <translation>kecamatan kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="223"/>
        <source>kecamatan is too long ({length} characters; at most {limit})</source>
        <translation>nama kecamatan terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="237"/>
        <source>kelurahan is too long ({length} characters; at most {limit})</source>
        <translation>nama kelurahan/desa terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="251"/>
        <source>unknown priority &apos;{text}&apos;; allowed values: {allowed}</source>
        <translation>prioritas &apos;{text}&apos; tidak dikenal; nilai yang boleh: {allowed}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="266"/>
        <source>unknown request &apos;{text}&apos;; allowed values: {allowed}</source>
        <translation>jenis permohonan &apos;{text}&apos; tidak dikenal; nilai yang boleh: {allowed}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="285"/>
        <source>recording date &apos;{text}&apos; is not a date; write it as DD/MM/YYYY</source>
        <translation>tanggal rekam &apos;{text}&apos; bukan tanggal; tulis sebagai DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="292"/>
        <source>recording date &apos;{text}&apos; is before e-KTP recording began ({first})</source>
        <translation>tanggal rekam &apos;{text}&apos; sebelum perekaman e-KTP dimulai ({first})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="300"/>
        <source>recording date &apos;{text}&apos; is in the future (today is {today})</source>
        <translation>tanggal rekam &apos;{text}&apos; ada di masa depan (hari ini {today})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="318"/>
        <source>recording date &apos;{text}&apos; has a two-digit year; write DD/MM/YYYY</source>
        <translation>tahun pada tanggal rekam &apos;{text}&apos; hanya dua digit; tulis DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="326"/>
        <source>recording date &apos;{text}&apos; is not a date; write DD/MM/YYYY (optionally with HH:MM) or YYYY-MM-DD</source>
        <translation>tanggal rekam &apos;{text}&apos; bukan tanggal; tulis DD/MM/YYYY (boleh dengan HH:MM) atau YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="341"/>
        <source>recording date &apos;{text}&apos; has no month {month}; write dates day first as DD/MM/YYYY</source>
        <translation>tanggal rekam &apos;{text}&apos; tidak punya bulan {month}; tulis tanggal lebih dulu: DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="352"/>
        <source>recording date &apos;{text}&apos; does not exist</source>
        <translation>tanggal rekam &apos;{text}&apos; tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="359"/>
        <source>recording date &apos;{text}&apos; has an impossible time of day</source>
        <translation>jam pada tanggal rekam &apos;{text}&apos; tidak mungkin</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="74"/>
        <source>&apos;{file}&apos; is an old Excel 97-2003 workbook; save it as .xlsx or CSV first.</source>
        <translation>&apos;{file}&apos; adalah buku kerja Excel 97-2003 lama; simpan dulu sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="82"/>
        <source>&apos;{file}&apos; is empty.</source>
        <translation>&apos;{file}&apos; kosong.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="90"/>
        <source>&apos;{file}&apos; is not a file (a folder, device or pipe); choose the export.</source>
        <translation>&apos;{file}&apos; bukan berkas (folder, perangkat, atau pipa); pilih berkas ekspor.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="99"/>
        <source>Cannot open &apos;{file}&apos;: {error}.</source>
        <translation>&apos;{file}&apos; tidak dapat dibuka: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="113"/>
        <source>&apos;{file}&apos; is damaged and cannot be read further: {error}.</source>
        <translation>&apos;{file}&apos; rusak dan tidak dapat dibaca lebih lanjut: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="122"/>
        <source>&apos;{file}&apos; was not opened: it unpacks to far more data than an export holds, as a &quot;zip bomb&quot; does. Save the sheet as CSV and import that instead.</source>
        <translation>&apos;{file}&apos; tidak dibuka: saat diekstrak isinya jauh lebih besar daripada berkas ekspor biasa, seperti &quot;zip bomb&quot;. Simpan lembar kerjanya sebagai CSV lalu impor berkas CSV tersebut.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="137"/>
        <source>&apos;{file}&apos; is not a readable Excel workbook: {error}.</source>
        <translation>&apos;{file}&apos; bukan buku kerja Excel yang dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="149"/>
        <source>&apos;{file}&apos; is an Excel workbook without a worksheet.</source>
        <translation>&apos;{file}&apos; adalah buku kerja Excel tanpa lembar kerja.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="204"/>
        <source>&apos;{file}&apos; has a row longer than {limit} characters, starting on line {line}; check that every quote (&quot;) in it is closed.</source>
        <translation>&apos;{file}&apos; memiliki baris yang lebih panjang dari {limit} karakter, mulai di baris {line}; periksa apakah setiap tanda kutip (&quot;) di dalamnya sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="231"/>
        <source>&apos;{file}&apos; is neither a CSV text file (UTF-8 or Windows-1252) nor an Excel workbook.</source>
        <translation>&apos;{file}&apos; bukan berkas teks CSV (UTF-8 atau Windows-1252) dan bukan buku kerja Excel.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="255"/>
        <source>&apos;{file}&apos; mixes UTF-8 and Windows-1252 text (line {utf8} is UTF-8, line {line} is not); save the whole file again as CSV UTF-8.</source>
        <translation>&apos;{file}&apos; mencampur teks UTF-8 dan Windows-1252 (baris {utf8} UTF-8, baris {line} bukan); simpan ulang seluruh berkas sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="279"/>
        <source>Cannot read &apos;{file}&apos;: {error}.</source>
        <translation>&apos;{file}&apos; tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="26"/>
        <source>&apos;{file}&apos; has no NIK column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom NIK (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="27"/>
        <source>&apos;{file}&apos; has no name column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom nama (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="28"/>
        <source>&apos;{file}&apos; has no kecamatan column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom kecamatan (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="31"/>
        <source>&apos;{file}&apos; has no NIK column and no name column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom NIK dan kolom nama (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="34"/>
        <source>&apos;{file}&apos; has no NIK column and no kecamatan column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom NIK dan kolom kecamatan (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="37"/>
        <source>&apos;{file}&apos; has no name column and no kecamatan column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom nama dan kolom kecamatan (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="40"/>
        <source>&apos;{file}&apos; has no NIK column and no name column and no kecamatan column (columns found: {columns}).</source>
        <translation>&apos;{file}&apos; tidak memiliki kolom NIK, kolom nama dan kolom kecamatan (kolom yang ditemukan: {columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="48"/>
        <source>&apos;{file}&apos; has more than one NIK column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom NIK ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="49"/>
        <source>&apos;{file}&apos; has more than one name column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom nama ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="50"/>
        <source>&apos;{file}&apos; has more than one kecamatan column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom kecamatan ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="53"/>
        <source>&apos;{file}&apos; has more than one kelurahan column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom kelurahan/desa ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="56"/>
        <source>&apos;{file}&apos; has more than one recording date column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom tanggal rekam ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="59"/>
        <source>&apos;{file}&apos; has more than one priority column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom prioritas ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="62"/>
        <source>&apos;{file}&apos; has more than one request (jenis permohonan) column ({columns}).</source>
        <translation>&apos;{file}&apos; memiliki lebih dari satu kolom jenis permohonan ({columns}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="102"/>
        <source>&apos;{file}&apos; has a header row but no data rows.</source>
        <translation>&apos;{file}&apos; memiliki baris judul kolom tetapi tidak ada baris data.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="122"/>
        <source>&apos;{file}&apos; is empty: it has no header row.</source>
        <translation>&apos;{file}&apos; kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/imports.py" line="93"/>
        <source>cannot import {file}: {error}</source>
        <translation>tidak dapat mengimpor {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="49"/>
        <source>unknown province code {code}</source>
        <translation>kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="50"/>
        <source>regency code {code} is invalid</source>
        <translation>kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="51"/>
        <source>kecamatan code {code} is invalid</source>
        <translation>kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="52"/>
        <source>birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="55"/>
        <source>birth month {month} is invalid</source>
        <translation>bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="56"/>
        <source>birth date {date} does not exist</source>
        <translation>tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/nik.py" line="57"/>
        <source>serial number {serial} is invalid</source>
        <translation>nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="106"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="109"/>
        <source>cannot print: no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>tidak dapat mencetak: pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="112"/>
        <source>cannot print: no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="115"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="120"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="125"/>
        <source>cannot print: no ribbon left at {station} (load a new ribbon roll); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: pita warna di {station} habis (pasang gulungan pita warna baru); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="130"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no ribbon left at {station} (load a new ribbon roll); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); pita warna di {station} habis (pasang gulungan pita warna baru); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="90"/>
        <source>the queue is empty: there is no record to print</source>
        <translation>antrean kosong: tidak ada data untuk dicetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="123"/>
        <location filename="../../ektp_desk/resume.py" line="91"/>
        <source>unknown spoil reason &apos;{reason}&apos;: choose one of {choices}</source>
        <translation>alasan rusak &apos;{reason}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="199"/>
        <source>{nik} is not claimed by {station}: nothing to release</source>
        <translation>{nik} tidak sedang diambil oleh {station}: tidak ada yang dilepas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="265"/>
        <source>{nik} is being printed at another station</source>
        <translation>{nik} sedang dicetak di loket lain</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="268"/>
        <source>{nik} is being printed at {station}</source>
        <translation>{nik} sedang dicetak di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="277"/>
        <source>{nik} is on hold: {reason}; a lead must release it first</source>
        <translation>{nik} sedang ditahan: {reason}; koordinator shift harus melepasnya dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="282"/>
        <source>{nik} is on hold; a lead must release it first</source>
        <translation>{nik} sedang ditahan; koordinator shift harus melepasnya dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="317"/>
        <source>the blank serial number has at most {limit} characters (got {length})</source>
        <translation>nomor seri blangko paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="320"/>
        <source>the blank serial number contains the control character {char}</source>
        <translation>nomor seri blangko berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="19"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK is empty</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="20"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK contains a non-ASCII digit {char} (only 0-9 are allowed)</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK memuat angka non-ASCII {char} (hanya 0-9 yang boleh)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="24"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK contains a non-digit character {char}</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK memuat karakter bukan angka {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="27"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK must have {expected} digits (got {count})</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK harus {expected} digit (ada {count})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="30"/>
        <source>&apos;{text}&apos; is not a valid NIK: unknown province code {code}</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="33"/>
        <source>&apos;{text}&apos; is not a valid NIK: regency code {code} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="36"/>
        <source>&apos;{text}&apos; is not a valid NIK: kecamatan code {code} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="39"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="44"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth month {month} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="47"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth date {date} does not exist</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="50"/>
        <source>&apos;{text}&apos; is not a valid NIK: serial number {serial} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/queue_view.py" line="263"/>
        <source>limit and offset cannot be negative</source>
        <translation>batas dan posisi awal tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/queue_view.py" line="266"/>
        <source>a listing shows at most {limit} rows (got {asked})</source>
        <translation>daftar menampilkan paling banyak {limit} baris (diminta {asked})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="93"/>
        <source>{nik} was already printed on {at} at {station}</source>
        <translation>{nik} sudah dicetak pada {at} di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="98"/>
        <source>no record with NIK {nik} in the queue</source>
        <translation>tidak ada data dengan NIK {nik} di antrean</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="102"/>
        <source>the database {database} holds tables that are not an e-KTP Desk database</source>
        <translation>basis data {database} berisi tabel yang bukan milik e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="125"/>
        <source>the database {database} is not initialised: run `ektp-desk init` first</source>
        <translation>basis data {database} belum disiapkan: jalankan `ektp-desk init` dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="133"/>
        <source>the database {database} needs an upgrade: run `ektp-desk init`</source>
        <translation>basis data {database} perlu diperbarui: jalankan `ektp-desk init`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="168"/>
        <source>the database is at schema revision {revision}, which this version of e-KTP Desk does not know: it was made by a newer version</source>
        <translation>basis data berada pada revisi skema {revision} yang tidak dikenal versi e-KTP Desk ini: basis data itu dibuat oleh versi yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/settings.py" line="124"/>
        <source>unknown setting {name}</source>
        <translation>pengaturan {name} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="142"/>
        <source>the setting {name} cannot be empty</source>
        <translation>pengaturan {name} tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="143"/>
        <source>the setting {name} has at most {limit} characters</source>
        <translation>pengaturan {name} paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="144"/>
        <source>the setting {name} contains the control character {char}</source>
        <translation>pengaturan {name} berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="147"/>
        <source>the setting {name} must be from {limits} (got {value})</source>
        <translation>pengaturan {name} harus antara {limits} (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="150"/>
        <source>the setting {name} is one of {choices} (got &apos;{value}&apos;)</source>
        <translation>pengaturan {name} harus salah satu dari {choices} (tertulis &apos;{value}&apos;)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="154"/>
        <source>the setting {name} takes a whole number, not &apos;{text}&apos;</source>
        <translation>pengaturan {name} berisi bilangan bulat, bukan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="155"/>
        <source>the setting {name} takes a number, not &apos;{text}&apos;</source>
        <translation>pengaturan {name} berisi angka, bukan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="163"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="164"/>
        <source>Shown on reports and in the ready-to-collect message.</source>
        <translation>Tampil di laporan dan di pesan siap diambil.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="172"/>
        <source>Paper size of the printed papers</source>
        <translation>Ukuran kertas untuk dokumen cetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="173"/>
        <source>A4, or F4 (215 × 330 mm): every PDF the program writes.</source>
        <translation>A4, atau F4 (215 × 330 mm): berlaku untuk setiap PDF yang dibuat program.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="181"/>
        <source>Daily target (cards)</source>
        <translation>Target harian (kartu)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="182"/>
        <source>Cards a day with everything in place.</source>
        <translation>Kartu per hari bila semua tersedia.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="191"/>
        <source>Cards printed before e-KTP Desk</source>
        <translation>Kartu tercetak sebelum e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="192"/>
        <source>Added to the lifetime count of printed cards.</source>
        <translation>Ditambahkan ke jumlah total kartu tercetak.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="200"/>
        <source>Follow up cards not collected after (days)</source>
        <translation>Tindak lanjuti kartu yang belum diambil setelah (hari)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="209"/>
        <source>SMS questions answered per number and day</source>
        <translation>Pertanyaan SMS yang dijawab per nomor per hari</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="218"/>
        <source>Printer ribbon/film difference flagged above (prints)</source>
        <translation>Selisih pita/film printer ditandai di atas (cetakan)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="227"/>
        <source>Where cards are collected</source>
        <translation>Tempat pengambilan kartu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="235"/>
        <source>When cards can be collected</source>
        <translation>Waktu pengambilan kartu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="236"/>
        <source>Days and hours, as the public stock notice shows them.</source>
        <translation>Hari dan jam, sebagaimana tercantum pada pengumuman ketersediaan blangko.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="244"/>
        <source>Complaint contact (phone, WhatsApp, e-mail)</source>
        <translation>Kontak pengaduan (telepon, WhatsApp, e-mail)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="245"/>
        <source>Printed on the public stock notice; needed before a notice can be made.</source>
        <translation>Dicetak pada pengumuman ketersediaan blangko; wajib diisi sebelum pengumuman dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="255"/>
        <source>Ready-to-collect message</source>
        <translation>Pesan siap diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="264"/>
        <source>Send SMS from</source>
        <translation>Kirim SMS mulai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="271"/>
        <source>Send SMS until</source>
        <translation>Kirim SMS sampai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="278"/>
        <source>Print attempts per station and hour</source>
        <translation>Percobaan cetak per loket per jam</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="279"/>
        <source>Used until shifts have been measured.</source>
        <translation>Dipakai sampai shift sudah terukur.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="288"/>
        <source>Spoiled attempts (%)</source>
        <translation>Percobaan rusak (%)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="296"/>
        <source>Safety margin over the plan (%)</source>
        <translation>Cadangan di atas rencana (%)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="297"/>
        <source>Under the plan plus this margin a resource is low.</source>
        <translation>Di bawah rencana ditambah margin ini, persediaan dianggap menipis.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="305"/>
        <source>Hours of a shift never worked before</source>
        <translation>Jam kerja shift yang belum pernah berjalan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="314"/>
        <source>Blank cards, from the province</source>
        <translation>Blangko, dari provinsi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="315"/>
        <location filename="../../ektp_desk/setting_specs.py" line="324"/>
        <location filename="../../ektp_desk/setting_specs.py" line="333"/>
        <source>Days from ordering to delivery: warn this early.</source>
        <translation>Hari dari pemesanan sampai barang tiba: peringatan muncul sedini ini.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="323"/>
        <source>Ribbon rolls</source>
        <translation>Gulungan pita warna</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="332"/>
        <source>Film rolls</source>
        <translation>Gulungan film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="341"/>
        <source>Reorder this many days earlier</source>
        <translation>Pesan ulang sekian hari lebih awal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="30"/>
        <source>the ribbon yield must be at least 1 (got {value})</source>
        <translation>kapasitas gulungan pita warna minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="31"/>
        <source>the film yield must be at least 1 (got {value})</source>
        <translation>kapasitas gulungan film retransfer minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="32"/>
        <source>the ribbon panels per card must be at least 1 (got {value})</source>
        <translation>panel pita warna per kartu minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="35"/>
        <source>the film panels per card must be at least 1 (got {value})</source>
        <translation>panel film per kartu minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="40"/>
        <source>a ribbon roll yields at most {limit} prints (got {value})</source>
        <translation>satu rol ribbon menghasilkan paling banyak {limit} cetakan (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="43"/>
        <source>a film roll yields at most {limit} prints (got {value})</source>
        <translation>satu rol film menghasilkan paling banyak {limit} cetakan (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="46"/>
        <source>a card uses at most {limit} ribbon panels (got {value})</source>
        <translation>satu kartu memakai paling banyak {limit} panel ribbon (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="49"/>
        <source>a card uses at most {limit} film panels (got {value})</source>
        <translation>satu kartu memakai paling banyak {limit} panel film (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="54"/>
        <source>the printer model has at most {limit} characters (got {length})</source>
        <translation>model printer paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="57"/>
        <source>the printer model contains the control character {char}</source>
        <translation>model printer berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="59"/>
        <source>the station name contains the control character {char}</source>
        <translation>nama loket berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="103"/>
        <source>a station named &apos;{name}&apos; already exists</source>
        <translation>loket bernama &apos;{name}&apos; sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="121"/>
        <source>no active station named &apos;{name}&apos;</source>
        <translation>tidak ada loket aktif bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="151"/>
        <source>a station needs a name of 1 to {limit} characters</source>
        <translation>nama loket harus 1 sampai {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="155"/>
        <source>the printer model cannot be empty</source>
        <translation>model printer tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="171"/>
        <source>a card cannot use more panels than a whole roll yields</source>
        <translation>satu kartu tidak boleh memakai lebih banyak panel daripada isi satu gulungan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="46"/>
        <source>a delivery brings at most {limit} at once (got {qty}); check the number</source>
        <translation>satu penerimaan paling banyak {limit} sekaligus (tertulis {qty}); periksa angkanya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="49"/>
        <source>an adjustment changes stock by at most {limit} at once (got {qty}); check the number</source>
        <translation>satu penyesuaian mengubah stok paling banyak {limit} sekaligus (tertulis {qty}); periksa angkanya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="53"/>
        <source>the delivery reference has at most {limit} characters (got {length})</source>
        <translation>nomor referensi penerimaan paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="56"/>
        <source>the delivery reference contains the control character {char}</source>
        <translation>nomor referensi penerimaan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="61"/>
        <source>the reason has at most {limit} characters (got {length})</source>
        <translation>alasan paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="62"/>
        <source>the reason contains the control character {char}</source>
        <translation>alasan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="67"/>
        <source>not enough blank cards in office stock (needed {wanted})</source>
        <translation>blangko di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="68"/>
        <source>not enough sealed ribbon rolls in office stock (needed {wanted})</source>
        <translation>gulungan pita warna tersegel di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="71"/>
        <source>not enough sealed film rolls in office stock (needed {wanted})</source>
        <translation>gulungan film retransfer tersegel di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="74"/>
        <source>not enough ribbon prints at {station} (needed {wanted})</source>
        <translation>sisa cetak pita warna di {station} tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="75"/>
        <source>not enough film prints at {station} (needed {wanted})</source>
        <translation>sisa cetak film retransfer di {station} tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="78"/>
        <source>cannot take {count} blank card away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} blangko: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="81"/>
        <source>cannot take {count} blank cards away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} blangko: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="84"/>
        <source>cannot take {count} sealed ribbon roll away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan pita warna tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="87"/>
        <source>cannot take {count} sealed ribbon rolls away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan pita warna tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="90"/>
        <source>cannot take {count} sealed film roll away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan film retransfer tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="93"/>
        <source>cannot take {count} sealed film rolls away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan film retransfer tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="98"/>
        <source>no sealed ribbon rolls in office stock: receive a delivery first</source>
        <translation>tidak ada gulungan pita warna tersegel di stok kantor: catat penerimaan kiriman dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="101"/>
        <source>no sealed film rolls in office stock: receive a delivery first</source>
        <translation>tidak ada gulungan film retransfer tersegel di stok kantor: catat penerimaan kiriman dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_books.py" line="18"/>
        <source>blank: balance {balance} but ledger sums to {ledger}</source>
        <translation>blangko: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_books.py" line="19"/>
        <source>ribbon_roll: balance {balance} but ledger sums to {ledger}</source>
        <translation>gulungan pita warna tersegel: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_books.py" line="22"/>
        <source>film_roll: balance {balance} but ledger sums to {ledger}</source>
        <translation>gulungan film retransfer tersegel: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_books.py" line="25"/>
        <source>ribbon at {station}: balance {balance} but ledger sums to {ledger}</source>
        <translation>pita warna di {station}: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_books.py" line="28"/>
        <source>film at {station}: balance {balance} but ledger sums to {ledger}</source>
        <translation>film retransfer di {station}: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="52"/>
        <source>&apos;{value}&apos; is not a date: write it as 2026-02-17 or 2026-02-17T10:30</source>
        <translation>&apos;{value}&apos; bukan tanggal: tulis sebagai 2026-02-17 atau 2026-02-17T10:30</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="65"/>
        <source>an order is for at least 1 (got {qty})</source>
        <translation>pesanan minimal 1 (tertulis {qty})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="67"/>
        <source>an order needs a reference (letter or PO number)</source>
        <translation>pesanan perlu referensi (nomor surat atau PO)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="101"/>
        <location filename="../../ektp_desk/stock.py" line="241"/>
        <source>a delivery must bring at least 1 (got {qty})</source>
        <translation>kiriman harus berisi minimal 1 (diisi {qty})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="105"/>
        <location filename="../../ektp_desk/stock.py" line="247"/>
        <source>a delivery needs a reference (delivery note number)</source>
        <translation>kiriman memerlukan referensi (nomor surat jalan/BAST)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="112"/>
        <source>no open order number {order}</source>
        <translation>tidak ada pesanan terbuka nomor {order}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="116"/>
        <source>order {order} is for {ordered}, not {item}</source>
        <translation>pesanan {order} untuk {ordered}, bukan {item}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="266"/>
        <source>an adjustment of 0 changes nothing</source>
        <translation>penyesuaian sebesar 0 tidak mengubah apa pun</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="270"/>
        <source>an adjustment needs a reason</source>
        <translation>penyesuaian stok memerlukan alasan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="301"/>
        <source>unknown roll &apos;{item}&apos;: choose ribbon or film</source>
        <translation>gulungan &apos;{item}&apos; tidak dikenal: pilih ribbon atau film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_books.py" line="80"/>
        <source>ledger rows for unknown balance {key}</source>
        <translation>baris buku mutasi untuk saldo tak dikenal {key}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/orders.py" line="130"/>
        <location filename="../../ektp_desk/stock.py" line="389"/>
        <source>unknown item &apos;{item}&apos;: choose blank, ribbon or film</source>
        <translation>barang &apos;{item}&apos; tidak dikenal: pilih blank, ribbon atau film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="86"/>
        <source>no blank cards left in office stock (receive a delivery)</source>
        <translation>blangko di stok kantor habis (catat penerimaan kiriman)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="87"/>
        <source>no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="88"/>
        <source>no film left at {station} (load a new film roll)</source>
        <translation>film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="29"/>
        <source>{user} is an operator; only a lead may do this</source>
        <translation>{user} adalah operator; hanya koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="32"/>
        <source>{user} is an operator; only an admin may do this</source>
        <translation>{user} adalah operator; hanya admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="35"/>
        <source>{user} is an operator; only a lead or an admin may do this</source>
        <translation>{user} adalah operator; hanya koordinator shift atau admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="38"/>
        <source>{user} is a lead; only an operator may do this</source>
        <translation>{user} adalah koordinator shift; hanya operator yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="41"/>
        <source>{user} is a lead; only an admin may do this</source>
        <translation>{user} adalah koordinator shift; hanya admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="42"/>
        <source>{user} is a lead; only an operator or an admin may do this</source>
        <translation>{user} adalah koordinator shift; hanya operator atau admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="45"/>
        <source>{user} is an admin; only an operator may do this</source>
        <translation>{user} adalah admin; hanya operator yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="48"/>
        <source>{user} is an admin; only a lead may do this</source>
        <translation>{user} adalah admin; hanya koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="49"/>
        <source>{user} is an admin; only an operator or a lead may do this</source>
        <translation>{user} adalah admin; hanya operator atau koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="80"/>
        <source>{user} is a scheduled job&apos;s service account: it may only run `ektp-desk {command}`</source>
        <translation>{user} adalah akun layanan untuk tugas terjadwal: akun ini hanya boleh menjalankan `ektp-desk {command}`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="83"/>
        <source>this service token is unknown or revoked: an admin makes a new one with `ektp-desk service-token add`</source>
        <translation>token layanan ini tidak dikenal atau sudah dicabut: admin membuat token baru dengan `ektp-desk service-token add`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="48"/>
        <source>a user named &apos;{name}&apos; already exists</source>
        <translation>pengguna bernama &apos;{name}&apos; sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/lockout.py" line="85"/>
        <source>&apos;{name}&apos; is not locked</source>
        <translation>&apos;{name}&apos; tidak terkunci</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/lockout.py" line="90"/>
        <source>too many wrong passwords: {name} is locked until {time}, then try again</source>
        <translation>terlalu banyak kata sandi salah: {name} dikunci sampai pukul {time}, setelah itu coba lagi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/lockout.py" line="93"/>
        <source>too many wrong passwords: {name} is locked until a lead or an admin unlocks it (`ektp-desk user unlock {name}`)</source>
        <translation>terlalu banyak kata sandi salah: {name} terkunci sampai koordinator atau admin membukanya (`ektp-desk user unlock {name}`)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="96"/>
        <source>wrong user name or password</source>
        <translation>nama pengguna atau kata sandi salah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/access.py" line="59"/>
        <location filename="../../ektp_desk/access.py" line="73"/>
        <location filename="../../ektp_desk/access.py" line="144"/>
        <source>no active user named &apos;{name}&apos;</source>
        <translation>tidak ada pengguna aktif bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="125"/>
        <source>a user needs a name</source>
        <translation>pengguna harus punya nama</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="128"/>
        <source>names beginning with &apos;{prefix}&apos; are for scheduled jobs</source>
        <translation>nama yang diawali &apos;{prefix}&apos; khusus untuk tugas terjadwal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="133"/>
        <source>a user name has at most {limit} characters</source>
        <translation>nama pengguna paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="138"/>
        <source>unknown role &apos;{role}&apos;: choose one of {choices}</source>
        <translation>peran &apos;{role}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="144"/>
        <source>the password or PIN needs at least {minimum} characters</source>
        <translation>kata sandi atau PIN minimal {minimum} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="43"/>
        <source>the folder {folder} does not exist: choose an existing folder</source>
        <translation>folder {folder} tidak ada: pilih folder yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="76"/>
        <source>{target} is the office database itself: a backup must go to another file</source>
        <translation>{target} adalah basis data kantor itu sendiri: cadangan harus ke berkas lain</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="90"/>
        <source>{target} is a folder, a device or a pipe, not a file: choose a file name</source>
        <translation>{target} adalah folder, perangkat atau pipa, bukan berkas: pilih nama berkas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="113"/>
        <source>cannot copy {source}: {reason}</source>
        <translation>tidak dapat menyalin {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="203"/>
        <source>cannot write {path}: {reason}</source>
        <translation>tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="33"/>
        <source>{file} cannot be restored: it is damaged or not a backup ({problem})</source>
        <translation>{file} tidak dapat dipulihkan: berkas rusak atau bukan berkas cadangan ({problem})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="42"/>
        <source>{file} cannot be restored: it is not an e-KTP Desk database</source>
        <translation>{file} tidak dapat dipulihkan: bukan basis data e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="55"/>
        <source>{file} cannot be restored: its schema revision {revision} is unknown to this version of e-KTP Desk</source>
        <translation>{file} tidak dapat dipulihkan: revisi skemanya {revision} tidak dikenal versi e-KTP Desk ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="90"/>
        <source>{file} cannot be restored: its books were changed behind the program&apos;s back ({problem})</source>
        <translation>{file} tidak dapat dipulihkan: bukunya diubah di luar program ({problem})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="107"/>
        <source>{user} is not an active admin in {file}: only an admin may restore it</source>
        <translation>{user} bukan admin aktif di {file}: hanya admin yang boleh memulihkannya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="153"/>
        <source>{file} cannot be restored: it is not a whole e-KTP Desk database (no {kind} {name})</source>
        <translation>{file} tidak dapat dipulihkan: bukan basis data e-KTP Desk yang utuh (tidak ada {kind} {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore_check.py" line="156"/>
        <source>{file} cannot be restored: its append-only guard {name} was changed</source>
        <translation>{file} tidak dapat dipulihkan: pengaman tambah-saja {name} telah diubah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="189"/>
        <source>back up a PostgreSQL database with the server&apos;s tool: pg_dump --format=custom --file=ektp-desk.dump {database} (restore with pg_restore)</source>
        <translation>cadangkan basis data PostgreSQL dengan alat milik server: pg_dump --format=custom --file=ektp-desk.dump {database} (pulihkan dengan pg_restore)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/berita_acara.py" line="119"/>
        <source>the report period starts on {start}, after it ends on {end}</source>
        <translation>tanggal awal periode laporan {start} jatuh setelah tanggal akhirnya {end}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/paper_pdf.py" line="114"/>
        <source>the berita acara must be a .pdf file (got {name})</source>
        <translation>berita acara harus berupa berkas .pdf (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="29"/>
        <source>cannot write {path}: {reason} (is the file open in another program?)</source>
        <translation>tidak dapat menulis {path}: {reason} (apakah berkas sedang dibuka di program lain?)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="68"/>
        <source>cannot write {path}: it is a folder or a device, not a file; choose a file name</source>
        <translation>tidak dapat menulis {path}: itu folder atau perangkat, bukan berkas; pilih nama berkas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="71"/>
        <source>cannot write {path}: it is a database file; choose another file name</source>
        <translation>tidak dapat menulis {path}: itu berkas basis data; pilih nama berkas lain</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="57"/>
        <source>There is no e-KTP to print for NIK {nik} at this office yet. If you were recorded recently, your data may still be on its way from the centre; please ask again later.</source>
        <translation>Belum ada e-KTP yang akan dicetak untuk NIK {nik} di kantor ini. Jika Anda baru melakukan perekaman, data Anda mungkin masih dalam pengiriman dari pusat; silakan tanyakan kembali nanti.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="62"/>
        <source>Your e-KTP is in the print queue, number {position}. It will probably be printed within one working day.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Kemungkinan akan dicetak dalam satu hari kerja.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="67"/>
        <source>Your e-KTP is in the print queue, number {position}. It will probably be printed in about {days} working days.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Kemungkinan akan dicetak dalam sekitar {days} hari kerja.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="72"/>
        <source>Your e-KTP is in the print queue, number {position}. It will probably be printed in about {weeks} weeks.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Kemungkinan akan dicetak dalam sekitar {weeks} minggu.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="77"/>
        <source>Your e-KTP is in the print queue, number {position}. Printing is paused until the office receives new blank cards, so there is no date yet.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Pencetakan dihentikan sementara sampai kantor menerima blangko baru, sehingga belum ada perkiraan tanggal.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="82"/>
        <source>Your e-KTP is in the print queue, number {position}. The blank cards in stock run out before your turn, so it will be printed after the next delivery of blank cards.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Stok blangko akan habis sebelum giliran Anda, sehingga e-KTP Anda akan dicetak setelah kiriman blangko berikutnya datang.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="87"/>
        <source>Your e-KTP is being printed right now; it can be collected at {place} shortly.</source>
        <translation>e-KTP Anda sedang dicetak; sebentar lagi dapat diambil di {place}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="90"/>
        <source>Your e-KTP was printed on {date} and is ready to collect at {place}. Please bring your recording receipt.</source>
        <translation>e-KTP Anda sudah dicetak pada {date} dan siap diambil di {place}. Mohon membawa bukti perekaman.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="95"/>
        <source>Your e-KTP was collected in person on {date}.</source>
        <translation>e-KTP Anda sudah diambil langsung oleh Anda pada {date}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="96"/>
        <source>Your e-KTP was collected on {date} by {name}, as your representative.</source>
        <translation>e-KTP Anda sudah diambil pada {date} oleh {name} sebagai wakil Anda.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="99"/>
        <source>Your e-KTP cannot be printed yet: {reason}. Please see the officer at the counter.</source>
        <translation>e-KTP Anda belum dapat dicetak: {reason}. Silakan menemui petugas di loket.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="102"/>
        <source>Your e-KTP cannot be printed yet. Please see the officer at the counter.</source>
        <translation>e-KTP Anda belum dapat dicetak. Silakan menemui petugas di loket.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="95"/>
        <source>the number of days cannot be negative</source>
        <translation>jumlah hari tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="98"/>
        <source>the number of days is at most {limit} (got {days})</source>
        <translation>jumlah hari paling banyak {limit} (tertulis {days})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="123"/>
        <source>say who collected the card: the name of the citizen or representative</source>
        <translation>sebutkan siapa yang mengambil kartu: nama warga atau wakilnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="129"/>
        <source>the name has at most {limit} characters</source>
        <translation>nama paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="137"/>
        <source>there is no card for NIK {nik}: nothing to collect</source>
        <translation>tidak ada kartu untuk NIK {nik}: tidak ada yang dapat diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="141"/>
        <source>the card of {nik} was already collected on {date} by {name}</source>
        <translation>kartu {nik} sudah diambil pada {date} oleh {name}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="150"/>
        <source>the card of {nik} is not printed yet: nothing to collect</source>
        <translation>kartu {nik} belum dicetak: belum ada yang dapat diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/db.py" line="199"/>
        <source>the file {where} is damaged ({detail}): restore the last good backup with `ektp-desk restore FILE`</source>
        <translation>berkas {where} rusak ({detail}): pulihkan cadangan terakhir yang masih baik dengan `ektp-desk restore FILE`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/db.py" line="204"/>
        <source>the database {where} refused the user name or password ({detail}); check the --db URL</source>
        <translation>basis data {where} menolak nama pengguna atau kata sandi ({detail}); periksa URL --db</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/db.py" line="207"/>
        <source>the database {where} cannot be used right now ({detail}); nothing was saved, try again in a moment</source>
        <translation>basis data {where} tidak dapat digunakan saat ini ({detail}); tidak ada yang disimpan, coba lagi sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/delivery.py" line="118"/>
        <source>no SMS gateway database: give --gammu-db URL or set it in the settings</source>
        <translation>tidak ada basis data gateway SMS: berikan URL --gammu-db atau atur di pengaturan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="20"/>
        <source>Blank cards: {covers} cover the {needed} attempts until {next} ends ({end}).</source>
        <translation>Blangko: {covers} cukup untuk {needed} percobaan sampai shift {next} selesai ({end}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="23"/>
        <source>Blank cards last until {next} ends, but run out about {time}, within {margin}% of a shift after it; ask the province for more.</source>
        <translation>Blangko cukup sampai shift {next} selesai, tetapi habis sekitar {time}, kurang dari {margin}% shift sesudahnya; mintalah tambahan ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="28"/>
        <source>Blank cards run out about {time} during {shift}: {shortfall} attempts cannot be made; receive at least {qty} blanks before {time}.</source>
        <translation>Blangko habis sekitar {time} pada shift {shift}: {shortfall} percobaan tidak bisa dilakukan; terima sedikitnya {qty} blangko sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="33"/>
        <source>No blank cards left: {shortfall} attempts cannot be made until {next} ends; receive at least {qty} blanks now.</source>
        <translation>Blangko habis: {shortfall} percobaan tidak bisa dilakukan sampai shift {next} selesai; terima sedikitnya {qty} blangko sekarang.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="42"/>
        <source>Ribbon at {station}: the loaded roll lasts until {next} ends ({end}).</source>
        <translation>Pita warna {station}: rol terpasang cukup sampai shift {next} selesai ({end}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="45"/>
        <source>Ribbon at {station}: load a spare roll about {change} ({rolls} in all); then it lasts until {next} ends ({end}).</source>
        <translation>Pita warna {station}: pasang rol cadangan sekitar {change} ({rolls} seluruhnya); lalu cukup sampai shift {next} selesai ({end}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="50"/>
        <source>Ribbon at {station} lasts until {next} ends, but runs out about {time}, within {margin}% of a shift after it; keep a roll ready.</source>
        <translation>Pita warna {station} cukup sampai shift {next} selesai, tetapi habis sekitar {time}, kurang dari {margin}% shift sesudahnya; siapkan satu rol.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="55"/>
        <source>Ribbon at {station} runs out about {time} during {shift} and no spare roll is left: {shortfall} attempts cannot be made there; receive at least {qty} ribbon roll(s) before {time}.</source>
        <translation>Pita warna {station} habis sekitar {time} pada shift {shift} dan tidak ada rol cadangan: {shortfall} percobaan tidak bisa dilakukan di sana; terima sedikitnya {qty} rol pita warna sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="61"/>
        <source>No ribbon at {station} and no spare roll: {shortfall} attempts cannot be made there until {next} ends; receive at least {qty} ribbon roll(s) now.</source>
        <translation>Pita warna {station} habis dan tidak ada rol cadangan: {shortfall} percobaan tidak bisa dilakukan di sana sampai shift {next} selesai; terima sedikitnya {qty} rol pita warna sekarang.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="66"/>
        <source>Film at {station}: the loaded roll lasts until {next} ends ({end}).</source>
        <translation>Film {station}: rol terpasang cukup sampai shift {next} selesai ({end}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="69"/>
        <source>Film at {station}: load a spare roll about {change} ({rolls} in all); then it lasts until {next} ends ({end}).</source>
        <translation>Film {station}: pasang rol cadangan sekitar {change} ({rolls} seluruhnya); lalu cukup sampai shift {next} selesai ({end}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="74"/>
        <source>Film at {station} lasts until {next} ends, but runs out about {time}, within {margin}% of a shift after it; keep a roll ready.</source>
        <translation>Film {station} cukup sampai shift {next} selesai, tetapi habis sekitar {time}, kurang dari {margin}% shift sesudahnya; siapkan satu rol.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="79"/>
        <source>Film at {station} runs out about {time} during {shift} and no spare roll is left: {shortfall} attempts cannot be made there; receive at least {qty} film roll(s) before {time}.</source>
        <translation>Film {station} habis sekitar {time} pada shift {shift} dan tidak ada rol cadangan: {shortfall} percobaan tidak bisa dilakukan di sana; terima sedikitnya {qty} rol film sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="85"/>
        <source>No film at {station} and no spare roll: {shortfall} attempts cannot be made there until {next} ends; receive at least {qty} film roll(s) now.</source>
        <translation>Film {station} habis dan tidak ada rol cadangan: {shortfall} percobaan tidak bisa dilakukan di sana sampai shift {next} selesai; terima sedikitnya {qty} rol film sekarang.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="93"/>
        <source>Spare ribbon rolls: {spares} in the office, {rolls} loaded until {next} ends; enough.</source>
        <translation>Rol pita warna cadangan: {spares} di kantor, {rolls} dipasang sampai shift {next} selesai; cukup.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="97"/>
        <source>Spare ribbon rolls last until {next} ends, but the last is loaded about {time}, within {margin}% of a shift after it; order ribbon rolls.</source>
        <translation>Rol pita warna cadangan cukup sampai shift {next} selesai, tetapi yang terakhir terpasang sekitar {time}, kurang dari {margin}% shift sesudahnya; pesan rol pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="102"/>
        <source>Spare ribbon rolls run out about {time} during {shift}: {shortfall} attempts cannot be made; receive at least {qty} ribbon roll(s) before {time}.</source>
        <translation>Rol pita warna cadangan habis sekitar {time} pada shift {shift}: {shortfall} percobaan tidak bisa dilakukan; terima sedikitnya {qty} rol pita warna sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="107"/>
        <source>No spare ribbon roll in the office, and one is needed about {time}: {shortfall} attempts cannot be made; receive at least {qty} ribbon roll(s) before {time}.</source>
        <translation>Tidak ada rol pita warna cadangan di kantor, padahal dibutuhkan sekitar {time}: {shortfall} percobaan tidak bisa dilakukan; terima sedikitnya {qty} rol pita warna sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="112"/>
        <source>Spare film rolls: {spares} in the office, {rolls} loaded until {next} ends; enough.</source>
        <translation>Rol film cadangan: {spares} di kantor, {rolls} dipasang sampai shift {next} selesai; cukup.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="116"/>
        <source>Spare film rolls last until {next} ends, but the last is loaded about {time}, within {margin}% of a shift after it; order film rolls.</source>
        <translation>Rol film cadangan cukup sampai shift {next} selesai, tetapi yang terakhir terpasang sekitar {time}, kurang dari {margin}% shift sesudahnya; pesan rol film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="121"/>
        <source>Spare film rolls run out about {time} during {shift}: {shortfall} attempts cannot be made; receive at least {qty} film roll(s) before {time}.</source>
        <translation>Rol film cadangan habis sekitar {time} pada shift {shift}: {shortfall} percobaan tidak bisa dilakukan; terima sedikitnya {qty} rol film sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="126"/>
        <source>No spare film roll in the office, and one is needed about {time}: {shortfall} attempts cannot be made; receive at least {qty} film roll(s) before {time}.</source>
        <translation>Tidak ada rol film cadangan di kantor, padahal dibutuhkan sekitar {time}: {shortfall} percobaan tidak bisa dilakukan; terima sedikitnya {qty} rol film sebelum {time}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="135"/>
        <source>Next shift {kind} {start}-{end}: {hours} h on {stations} station(s) at {rate} attempts per station-hour and {spoil}% spoiled (measured on recent {kind} shifts); {queue} records wait at its start, {left} at its end.</source>
        <translation>Shift berikutnya {kind} {start}-{end}: {hours} jam di {stations} loket, {rate} percobaan per loket per jam dan {spoil}% rusak (diukur pada shift {kind} terakhir); {queue} data menunggu saat mulai, {left} saat selesai.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="141"/>
        <source>Next shift {kind} {start}-{end}: {hours} h on {stations} station(s) at {rate} attempts per station-hour and {spoil}% spoiled (measured on recent shifts); {queue} records wait at its start, {left} at its end.</source>
        <translation>Shift berikutnya {kind} {start}-{end}: {hours} jam di {stations} loket, {rate} percobaan per loket per jam dan {spoil}% rusak (diukur pada shift terakhir); {queue} data menunggu saat mulai, {left} saat selesai.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="147"/>
        <source>Next shift {kind} {start}-{end}: {hours} h on {stations} station(s) at {rate} attempts per station-hour and {spoil}% spoiled (office settings: no shift measured yet); {queue} records wait at its start, {left} at its end.</source>
        <translation>Shift berikutnya {kind} {start}-{end}: {hours} jam di {stations} loket, {rate} percobaan per loket per jam dan {spoil}% rusak (pengaturan kantor: belum ada shift yang diukur); {queue} data menunggu saat mulai, {left} saat selesai.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="155"/>
        <source>The print rate is {rate} attempts per station-hour: the forecast prints nothing and cannot see a shortage; set a print rate above 0 in the settings.</source>
        <translation>Kecepatan cetak {rate} percobaan per loket per jam: prakiraan tidak mencetak apa pun dan tidak dapat melihat kekurangan; isi kecepatan cetak di atas 0 pada pengaturan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="161"/>
        <source>Until {time} the open {kind} shift makes ~{attempts} attempts on {stations} station(s) at {rate} attempts per station-hour, so the next shift starts with ~{blank} blank cards and {queue} records waiting.</source>
        <translation>Sampai {time} shift {kind} yang berjalan melakukan ~{attempts} percobaan di {stations} loket, {rate} percobaan per loket per jam, sehingga shift berikutnya mulai dengan ~{blank} blangko dan {queue} data menunggu.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="169"/>
        <source>Counted from {time} on {date}: {qty} blank cards expected ({ref}).</source>
        <translation>Dihitung mulai {time} tanggal {date}: {qty} blangko akan datang ({ref}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="172"/>
        <source>Counted from {time} on {date}: {qty} ribbon roll(s) expected ({ref}).</source>
        <translation>Dihitung mulai {time} tanggal {date}: {qty} rol pita warna akan datang ({ref}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="175"/>
        <source>Counted from {time} on {date}: {qty} film roll(s) expected ({ref}).</source>
        <translation>Dihitung mulai {time} tanggal {date}: {qty} rol film akan datang ({ref}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="180"/>
        <source>Days of cover at ~{daily} attempts a day: blank cards {blank}, ribbon {ribbon}, film {film}.</source>
        <translation>Lama stok bertahan (hari) pada ~{daily} percobaan per hari: blangko {blank}, pita warna {ribbon}, film {film}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="186"/>
        <source>Reorder blank cards: they last ~{days} days, but a delivery takes {lead} days plus {margin} days of safety; ask the province for at least {qty}.</source>
        <translation>Pesan ulang blangko: stok cukup ~{days} hari, sedangkan pengiriman butuh {lead} hari ditambah {margin} hari cadangan; minta ke provinsi minimal {qty}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="191"/>
        <source>Reorder ribbon: it lasts ~{days} days, but a delivery takes {lead} days plus {margin} days of safety; order at least {qty} roll(s).</source>
        <translation>Pesan ulang pita warna: stok cukup ~{days} hari, sedangkan pengiriman butuh {lead} hari ditambah {margin} hari cadangan; pesan minimal {qty} gulungan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="196"/>
        <source>Reorder film: it lasts ~{days} days, but a delivery takes {lead} days plus {margin} days of safety; order at least {qty} roll(s).</source>
        <translation>Pesan ulang film: stok cukup ~{days} hari, sedangkan pengiriman butuh {lead} hari ditambah {margin} hari cadangan; pesan minimal {qty} gulungan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="54"/>
        <source>the SMS gateway database {database} cannot be used ({detail}); the messages stay in the outbox for the next run</source>
        <translation>basis data gateway SMS {database} tidak dapat digunakan ({detail}); pesan tetap di kotak keluar untuk pengiriman berikutnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="59"/>
        <source>the SMS gateway database {database} cannot be used ({detail}); the questions wait in its inbox for the next pass</source>
        <translation>basis data gateway SMS {database} tidak dapat digunakan ({detail}); pertanyaan tetap menunggu di kotak masuk untuk putaran berikutnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="238"/>
        <source>{database} is not a Gammu SMSD database: its {tables} table is missing or lacks Gammu&apos;s columns</source>
        <translation>{database} bukan basis data Gammu SMSD: tabel {tables} tidak ada atau tidak memiliki kolom Gammu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="299"/>
        <source>cannot use the SMS gateway database URL {url}: {error}</source>
        <translation>URL basis data gateway SMS {url} tidak dapat digunakan: {error}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handover.py" line="65"/>
        <location filename="../../ektp_desk/printers/readings.py" line="204"/>
        <location filename="../../ektp_desk/shifts.py" line="240"/>
        <source>there is no shift {shift}</source>
        <translation>tidak ada shift {shift}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handover.py" line="108"/>
        <source>the handover report must be an .xlsx file (got {name})</source>
        <translation>laporan serah terima harus berupa berkas .xlsx (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handover_stock.py" line="94"/>
        <source>the stock of {item} in shift {shift} does not add up (opening {opening}, movements {moved}, closing {closing}): the ledger and the shift&apos;s stock snapshots disagree, so no handover report was written</source>
        <translation>stok {item} pada shift {shift} tidak cocok (awal {opening}, mutasi {moved}, akhir {closing}): buku mutasi dan catatan stok shift tidak sesuai, sehingga laporan serah terima tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/migrate.py" line="61"/>
        <source>the target database {target} is not empty ({table} holds {rows} rows): copy only into a new, empty database</source>
        <translation>basis data tujuan {target} tidak kosong ({table} berisi {rows} baris): salin hanya ke basis data baru yang masih kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/migrate.py" line="112"/>
        <source>the copy of {table} does not match the source ({source} rows, copied {target}); nothing was kept</source>
        <translation>salinan {table} tidak sama dengan sumbernya ({source} baris, tersalin {target}); tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="56"/>
        <location filename="../../ektp_desk/selfcheck.py" line="34"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="57"/>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="58"/>
        <source>WhatsApp link</source>
        <translation>Tautan WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="59"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="60"/>
        <source>Queued at</source>
        <translation>Waktu masuk antrean</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="176"/>
        <source>message {id} was already sent, cancelled or is being sent by the SMS gateway; it is not sent twice</source>
        <translation>pesan {id} sudah terkirim, dibatalkan, atau sedang dikirim oleh gateway SMS; pesan tidak dikirim dua kali</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify_text.py" line="59"/>
        <source>the message template is not valid: {error}</source>
        <translation>templat pesan tidak sah: {error}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify_text.py" line="65"/>
        <source>the message template uses an unknown field &apos;{field}&apos;; use {fields}</source>
        <translation>templat pesan memakai kolom isian &apos;{field}&apos; yang tidak dikenal; gunakan {fields}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify_text.py" line="78"/>
        <source>&apos;{text}&apos; is not a time of day: write HH:MM, e.g. 08:00</source>
        <translation>&apos;{text}&apos; bukan jam: tulis HH:MM, misalnya 08:00</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/phones.py" line="26"/>
        <source>phone number &apos;{text}&apos; contains {char}, which is not a digit</source>
        <translation>nomor telepon &apos;{text}&apos; memuat {char} yang bukan angka</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/phones.py" line="29"/>
        <source>phone number &apos;{text}&apos; was saved by Excel in scientific notation and has lost digits; format the phone column as Text</source>
        <translation>nomor telepon &apos;{text}&apos; tersimpan oleh Excel dalam notasi ilmiah dan digitnya hilang; ubah format kolom nomor telepon menjadi Teks</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/phones.py" line="34"/>
        <source>phone number &apos;{text}&apos; is not an Indonesian number (+62 or 08)</source>
        <translation>nomor telepon &apos;{text}&apos; bukan nomor Indonesia (+62 atau 08)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/phones.py" line="37"/>
        <source>phone number &apos;{text}&apos; is not a mobile number (mobile numbers start with 08)</source>
        <translation>nomor telepon &apos;{text}&apos; bukan nomor ponsel (nomor ponsel diawali 08)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/phones.py" line="40"/>
        <source>phone number &apos;{text}&apos; has {count} digits; a mobile number has 10 to 13 (08...)</source>
        <translation>nomor telepon &apos;{text}&apos; terdiri dari {count} digit; nomor ponsel terdiri dari 10 sampai 13 digit (08...)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/resume.py" line="85"/>
        <source>unknown outcome &apos;{outcome}&apos;: choose one of {choices}</source>
        <translation>hasil &apos;{outcome}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/resume.py" line="115"/>
        <source>{nik} is not waiting at a printer: nothing to resolve</source>
        <translation>{nik} tidak sedang menunggu di printer: tidak ada yang perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/resume.py" line="129"/>
        <source>{user} may resolve only cards of their own station; a lead resolves {station}&apos;s</source>
        <translation>{user} hanya boleh menangani kartu dari loketnya sendiri; kartu {station} ditangani oleh koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="66"/>
        <source>unknown shift kind &apos;{kind}&apos;: choose one of {choices}</source>
        <translation>jenis shift &apos;{kind}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="168"/>
        <location filename="../../ektp_desk/supply.py" line="81"/>
        <source>no shift is open at {station}: a shift lead opens one (Shift &gt; Start shift, or `ektp-desk shift start`)</source>
        <translation>tidak ada shift yang berjalan di {station}: koordinator shift perlu membukanya (Shift &gt; Mulai shift, atau `ektp-desk shift start`)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="204"/>
        <source>there is no print station to open a shift on</source>
        <translation>tidak ada loket cetak untuk membuka shift</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="212"/>
        <source>{station} is still in shift {shift}: end that shift first</source>
        <translation>{station} masih dalam shift {shift}: akhiri shift tersebut dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="223"/>
        <source>shift {shift} has already ended</source>
        <translation>shift {shift} sudah berakhir</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="228"/>
        <source>no shift is open</source>
        <translation>tidak ada shift yang berjalan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="231"/>
        <source>{count} shifts are open: say which one to end</source>
        <translation>{count} shift sedang berjalan: sebutkan shift mana yang akan diakhiri</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/api/_door.py" line="60"/>
        <source>{user} signed in at {signed} and cannot act at {station}</source>
        <translation>{user} masuk di {signed} dan tidak dapat bertindak di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/api/_door.py" line="67"/>
        <source>name the station this is done at</source>
        <translation>sebutkan loket tempat tindakan ini dilakukan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/chain_check.py" line="27"/>
        <source>{table} row {row} does not fit the hash chain: it was changed, or a row before it was removed or slipped in</source>
        <translation>baris {row} di {table} tidak cocok dengan rantai hash: baris itu diubah, atau baris sebelumnya dihapus atau disisipkan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/chain_check.py" line="31"/>
        <source>{table}: the chain ends at row {row} but its head says row {head}: rows at the end were removed or rewritten</source>
        <translation>{table}: rantai berakhir di baris {row} tetapi kepalanya menyebut baris {head}: baris di akhir dihapus atau ditulis ulang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="65"/>
        <source>a service token (--token-file or {variable}) signs the job in by itself: leave out --operator {name}</source>
        <translation>token layanan (--token-file atau {variable}) sudah cukup untuk masuk: hilangkan --operator {name}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="79"/>
        <source>signed in as {user}: leave out --operator {name}, or `ektp-desk logout` and sign in as {name}</source>
        <translation>masuk sebagai {user}: hilangkan --operator {name}, atau `ektp-desk logout` lalu masuk sebagai {name}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="90"/>
        <source>sign in first (`ektp-desk login`), or name who does it with --operator</source>
        <translation>masuk dahulu (`ektp-desk login`), atau sebutkan pelakunya dengan --operator</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="110"/>
        <source>{path} is not a token file</source>
        <translation>{path} bukan berkas token</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="113"/>
        <source>other users can open {path}: make it yours alone (chmod 600 {path})</source>
        <translation>pengguna lain dapat membuka {path}: jadikan berkas itu hanya dapat dibuka oleh Anda (chmod 600 {path})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="144"/>
        <source>no terminal to ask for the password: pipe it in with --password-stdin, or sign in first with `ektp-desk login`</source>
        <translation>tidak ada terminal untuk menanyakan kata sandi: kirimkan dengan --password-stdin, atau masuk dahulu dengan `ektp-desk login`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/auth.py" line="190"/>
        <source>the password on standard input is not valid UTF-8</source>
        <translation>kata sandi pada masukan standar bukan UTF-8 yang sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/printers.py" line="84"/>
        <source>no reading from {station}: {problem}</source>
        <translation>tidak ada pembacaan dari {station}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/printers.py" line="124"/>
        <source>the printers counted what the books do not show: {count} differences (see `ektp-desk printers`)</source>
        <translation>printer menghitung yang tidak ada di buku: {count} selisih (lihat `ektp-desk printers`)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/clock.py" line="45"/>
        <source>this PC&apos;s clock is {minutes} minutes ahead of the database server&apos;s: the office uses the server&apos;s time; ask IT to set this PC&apos;s clock</source>
        <translation>jam PC ini {minutes} menit lebih cepat dari jam server basis data: kantor memakai waktu server; minta TI menyetel jam PC ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/clock.py" line="53"/>
        <source>this PC&apos;s clock is {minutes} minutes behind the database server&apos;s: the office uses the server&apos;s time; ask IT to set this PC&apos;s clock</source>
        <translation>jam PC ini {minutes} menit lebih lambat dari jam server basis data: kantor memakai waktu server; minta TI menyetel jam PC ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/network_share.py" line="30"/>
        <source>the database file {path} is on a network share ({share}), where SQLite&apos;s locking is not safe: keep the file on this PC&apos;s own disk, or let several PCs share one queue through a PostgreSQL server (`ektp-desk migrate-to postgresql+psycopg://...`)</source>
        <translation>berkas basis data {path} berada di folder jaringan ({share}), tempat penguncian SQLite tidak aman: simpan berkas di disk PC ini sendiri, atau pakai satu server PostgreSQL agar beberapa PC berbagi satu antrean (`ektp-desk migrate-to postgresql+psycopg://...`)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/office.py" line="37"/>
        <source>this office already has users: an admin adds new ones (ektp-desk user add)</source>
        <translation>kantor ini sudah memiliki pengguna: admin menambah pengguna baru (ektp-desk user add)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/office_secret.py" line="63"/>
        <source>that is not an office secret (64 hexadecimal digits)</source>
        <translation>itu bukan rahasia kantor (64 digit heksadesimal)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/office_secret.py" line="73"/>
        <source>this PC holds no office secret yet</source>
        <translation>PC ini belum menyimpan rahasia kantor</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/passwords.py" line="78"/>
        <source>this PC does not hold the office secret {secret_id} that the passwords need: install it with `ektp-desk office-secret --install` (from `--show` on a PC that has it)</source>
        <translation>PC ini tidak menyimpan rahasia kantor {secret_id} yang dibutuhkan kata sandi: pasang dengan `ektp-desk office-secret --install` (dari `--show` di PC yang memilikinya)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/pg_roles.py" line="30"/>
        <source>an app role is for a PostgreSQL database</source>
        <translation>peran aplikasi hanya untuk basis data PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/pg_roles.py" line="33"/>
        <source>&apos;{role}&apos; cannot be a role name: use lower-case letters, digits and _</source>
        <translation>&apos;{role}&apos; tidak dapat menjadi nama peran: gunakan huruf kecil, angka, dan _</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/pg_roles.py" line="64"/>
        <source>a password cannot hold a NUL character</source>
        <translation>kata sandi tidak boleh berisi karakter NUL</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/pg_roles.py" line="71"/>
        <source>&apos;{role}&apos; cannot be a role name</source>
        <translation>&apos;{role}&apos; tidak dapat menjadi nama peran</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="100"/>
        <source>no printer probe is set up for {station}: type the reading instead</source>
        <translation>belum ada probe printer untuk {station}: ketik pembacaannya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="121"/>
        <source>say why the printer reading is skipped</source>
        <translation>sebutkan mengapa pembacaan printer dilewati</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="141"/>
        <source>a printer probe needs an address or name</source>
        <translation>probe printer memerlukan alamat atau nama</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="143"/>
        <source>the probe address or community is too long</source>
        <translation>alamat atau community probe terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="191"/>
        <source>the printer gave no counter and no roll level</source>
        <translation>printer tidak memberi penghitung maupun sisa roll</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="219"/>
        <source>a printer figure cannot be negative (got {value})</source>
        <translation>angka printer tidak boleh negatif (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/readings.py" line="223"/>
        <source>the printer serial number is too long</source>
        <translation>nomor seri printer terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/reconcile.py" line="97"/>
        <source>{station}: the printer reports {printer} ribbon prints left, the ledger {ledger} ({drift})</source>
        <translation>{station}: printer melaporkan sisa {printer} cetakan ribbon, buku stok {ledger} ({drift})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/reconcile.py" line="102"/>
        <source>{station}: the printer reports {printer} film prints left, the ledger {ledger} ({drift})</source>
        <translation>{station}: printer melaporkan sisa {printer} cetakan film, buku stok {ledger} ({drift})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/reconcile.py" line="127"/>
        <source>{station}: the printer counted {counted} cards, the books show {recorded} attempts: {count} cards unrecorded</source>
        <translation>{station}: printer menghitung {counted} kartu, buku mencatat {recorded} percobaan: {count} kartu tidak tercatat</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/reconcile.py" line="132"/>
        <source>{station}: the printer counted {counted} cards, the books show {recorded} attempts: {count} attempts the printer did not count</source>
        <translation>{station}: printer menghitung {counted} kartu, buku mencatat {recorded} percobaan: {count} percobaan tidak dihitung printer</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/reconcile.py" line="137"/>
        <source>{station}: the printer&apos;s counter went back from {before} to {after} (reset or serviced); the cards between these readings cannot be checked</source>
        <translation>{station}: penghitung printer kembali dari {before} ke {after} (direset atau diservis); kartu di antara dua pembacaan ini tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printers/reconcile.py" line="142"/>
        <source>{station}: another printer was found (serial {before}, now {after}); the cards between these readings cannot be checked</source>
        <translation>{station}: printer lain ditemukan (serial {before}, sekarang {after}); kartu di antara dua pembacaan ini tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore.py" line="62"/>
        <source>{file} is the office database itself: choose a backup to restore</source>
        <translation>{file} adalah basis data kantor itu sendiri: pilih cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/restore.py" line="74"/>
        <source>{count} stations are online ({stations}) and {lost} confirmed prints would be lost: close them first, or restore with --force</source>
        <translation>{count} loket sedang daring ({stations}) dan {lost} cetakan yang sudah dikonfirmasi akan hilang: tutup dulu, atau pulihkan dengan --force</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/sign_in.py" line="26"/>
        <source>your sign-in has ended: sign in again with `ektp-desk login`</source>
        <translation>sesi masuk Anda sudah berakhir: masuk lagi dengan `ektp-desk login`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/register.py" line="105"/>
        <source>say why the cause is corrected</source>
        <translation>sebutkan alasan koreksi sebab</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/register.py" line="109"/>
        <source>no spoiled attempt number {attempt}</source>
        <translation>tidak ada percobaan cetak rusak nomor {attempt}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/register.py" line="129"/>
        <source>attempt {attempt} was destroyed in berita acara {number}: it is final</source>
        <translation>percobaan {attempt} sudah dimusnahkan dalam berita acara {number}: tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/register.py" line="224"/>
        <source>a destruction needs at least one witness</source>
        <translation>pemusnahan memerlukan sedikitnya satu saksi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/register.py" line="227"/>
        <source>a destruction cannot be dated {day}, in the future</source>
        <translation>pemusnahan tidak dapat bertanggal {day}, di masa depan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/register.py" line="233"/>
        <source>the register holds no card to destroy up to {day}</source>
        <translation>register tidak memuat kartu untuk dimusnahkan sampai {day}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_inputs.py" line="175"/>
        <source>a shift lasts longer than 0 hours and at most {limit} (got {hours})</source>
        <translation>satu shift berlangsung lebih dari 0 jam dan paling lama {limit} jam (tertulis {hours})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_inputs.py" line="183"/>
        <source>a shift has 1 to {limit} stations (got {stations})</source>
        <translation>satu shift memakai 1 sampai {limit} loket (tertulis {stations})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/daily_export.py" line="46"/>
        <source>the daily report of {day} can be made from that day on</source>
        <translation>laporan harian {day} baru dapat dibuat mulai hari itu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/daily_export.py" line="78"/>
        <source>the daily report must be a .pdf or .xlsx file (got {name})</source>
        <translation>laporan harian harus berupa berkas .pdf atau .xlsx (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handin.py" line="61"/>
        <source>say why the old card of {nik} is invalid (its cause)</source>
        <translation>sebutkan mengapa kartu lama {nik} tidak berlaku (penyebabnya)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handin.py" line="67"/>
        <source>the note has at most {limit} characters</source>
        <translation>catatan paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handin.py" line="83"/>
        <source>the card of {nik} replaces a lost card: there is no old card to hand in</source>
        <translation>kartu {nik} menggantikan kartu yang hilang: tidak ada kartu lama yang dapat ditarik</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handin.py" line="90"/>
        <source>the card of {nik} is a first card, not a replacement: there is no old card to hand in</source>
        <translation>kartu {nik} adalah kartu pertama, bukan kartu pengganti: tidak ada kartu lama yang dapat ditarik</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_batch.py" line="125"/>
        <source>the import stalled for more than {seconds} seconds and another import removed it; nothing of it is in the queue: import the file again</source>
        <translation>impor terhenti lebih dari {seconds} detik dan dihapus oleh impor lain; tidak ada datanya yang masuk antrean: impor ulang berkas tersebut</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_batch.py" line="166"/>
        <source>another import ({file}, {rows} rows read so far) is running; import this file when it has finished</source>
        <translation>impor lain ({file}, sejauh ini {rows} baris dibaca) sedang berjalan; impor berkas ini setelah impor tersebut selesai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notice_files.py" line="33"/>
        <source>name the notice&apos;s file (.pdf or .png)</source>
        <translation>sebutkan nama berkas pengumuman (.pdf atau .png)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notice_files.py" line="38"/>
        <source>the notice must be a .pdf or .png file (got {name})</source>
        <translation>pengumuman harus berupa berkas .pdf atau .png (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notice_text.py" line="43"/>
        <source>the complaint contact must hold a phone or WhatsApp number, an e-mail address or a web address (got &apos;{text}&apos;)</source>
        <translation>kontak pengaduan harus berisi nomor telepon atau WhatsApp, alamat e-mail, atau alamat web (tertulis &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/recap.py" line="116"/>
        <source>the monthly recap is an .xlsx or a .pdf file (got {name})</source>
        <translation>rekap bulanan harus berupa berkas .xlsx atau .pdf (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/recap.py" line="130"/>
        <source>&apos;{text}&apos; is not a month: write it as YYYY-MM</source>
        <translation>&apos;{text}&apos; bukan bulan: tulis sebagai YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/recap.py" line="135"/>
        <source>the month {month} has not begun yet</source>
        <translation>bulan {month} belum dimulai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/service_tokens.py" line="80"/>
        <source>there is no service token {id}</source>
        <translation>tidak ada token layanan {id}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/service_tokens.py" line="83"/>
        <source>service token {id} was revoked already</source>
        <translation>token layanan {id} sudah dicabut</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_notice.py" line="59"/>
        <source>the notice of {day} can be made from that day on (today is {today})</source>
        <translation>pengumuman {day} baru dapat dibuat mulai hari itu (hari ini {today})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock_notice.py" line="68"/>
        <source>the notice needs the office&apos;s complaint contact: a lead sets it in Settings, Office page (ektp-desk settings --set complaint_contact TEXT)</source>
        <translation>pengumuman memerlukan kontak pengaduan kantor: koordinator shift mengisinya di Pengaturan, halaman Kantor (ektp-desk settings --set complaint_contact TEXT)</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback.py" line="40"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="59"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="60"/>
        <source>Something went wrong and the action was not finished. Nothing was lost; the details are in the log file.

{error}</source>
        <translation>Terjadi kesalahan dan tindakan tidak selesai. Tidak ada data yang hilang; rinciannya ada di berkas log.

{error}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ektp_desk/labels.py" line="43"/>
        <source>normal</source>
        <translation>biasa</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="44"/>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="45"/>
        <source>elderly</source>
        <translation>lansia</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="46"/>
        <source>disabled</source>
        <translation>disabilitas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="47"/>
        <source>sick</source>
        <translation>sakit</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="48"/>
        <source>urgent</source>
        <translation>mendesak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="36"/>
        <source>queued</source>
        <translation>antre</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="37"/>
        <source>printing</source>
        <translation>sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="38"/>
        <location filename="../../ektp_desk/labels.py" line="51"/>
        <source>printed</source>
        <translation>tercetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="39"/>
        <source>collected</source>
        <translation>sudah diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="40"/>
        <source>on hold</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="52"/>
        <location filename="../../ektp_desk/labels.py" line="90"/>
        <source>spoiled</source>
        <translation>rusak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="55"/>
        <source>ribbon broke</source>
        <translation>pita warna putus</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="56"/>
        <source>film jammed</source>
        <translation>film macet</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="57"/>
        <source>misprint</source>
        <translation>salah cetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="58"/>
        <source>chip / encoding error</source>
        <translation>kesalahan chip / encoding</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="59"/>
        <source>card jammed</source>
        <translation>kartu macet</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="60"/>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="63"/>
        <source>chip / encoding failed</source>
        <translation>gagal rekam chip / encode</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="64"/>
        <source>defective / damaged blank</source>
        <translation>blangko cacat / rusak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="65"/>
        <source>print failed</source>
        <translation>gagal cetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="66"/>
        <source>data changed</source>
        <translation>perubahan data</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="69"/>
        <source>spoiled blank</source>
        <translation>blangko rusak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="70"/>
        <source>old card handed in</source>
        <translation>KTP-el lama yang ditarik</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="73"/>
        <source>first card</source>
        <translation>kartu pertama (pemula)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="74"/>
        <source>replacement: data changed</source>
        <translation>penggantian: perubahan data</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="75"/>
        <source>replacement: damaged card</source>
        <translation>penggantian: kartu rusak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="76"/>
        <source>replacement: lost card</source>
        <translation>penggantian: kartu hilang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="86"/>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="87"/>
        <source>roll loaded</source>
        <translation>dipasang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="88"/>
        <source>roll taken out</source>
        <translation>dilepas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="89"/>
        <source>used</source>
        <translation>terpakai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="91"/>
        <source>correction</source>
        <translation>koreksi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="92"/>
        <source>returned</source>
        <translation>kembali</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="95"/>
        <source>OK</source>
        <translation>aman</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="96"/>
        <source>low</source>
        <translation>menipis</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="97"/>
        <source>short</source>
        <translation>kurang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="98"/>
        <source>out</source>
        <translation>habis</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="101"/>
        <source>morning (pagi)</source>
        <translation>pagi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="102"/>
        <source>afternoon (siang)</source>
        <translation>siang</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="103"/>
        <source>night overtime (lembur malam)</source>
        <translation>lembur malam</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="111"/>
        <source>backup</source>
        <translation>pencadangan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="112"/>
        <source>SMS delivery</source>
        <translation>pengiriman SMS</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="113"/>
        <source>SMS answers</source>
        <translation>balasan SMS</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="114"/>
        <source>SMS gateway (delivery and answers)</source>
        <translation>gateway SMS (pengiriman dan balasan)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="79"/>
        <source>blank cards</source>
        <translation>blangko</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="80"/>
        <source>sealed ribbon rolls</source>
        <translation>gulungan pita warna tersegel</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="81"/>
        <source>sealed film rolls</source>
        <translation>gulungan film retransfer tersegel</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="82"/>
        <source>ribbon prints left</source>
        <translation>sisa cetak pita warna</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="83"/>
        <source>film prints left</source>
        <translation>sisa cetak film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="106"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="107"/>
        <source>shift lead</source>
        <translation>koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/labels.py" line="108"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
</TS>

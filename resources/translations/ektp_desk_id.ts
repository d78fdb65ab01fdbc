<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="34"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="37"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="42"/>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Subject</source>
        <translation>Objek</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>since</source>
        <translation>sejak</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="120"/>
        <source>Save the berita acara of spoiled blanks</source>
        <translation>Simpan berita acara blangko rusak</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="124"/>
        <source>From</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="125"/>
        <source>To</source>
        <translation>Sampai tanggal</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="157"/>
        <source>Record collection of {nik}</source>
        <translation>Catat pengambilan {nik}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="158"/>
        <source>The card holder in person</source>
        <translation>Pemilik kartu sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="160"/>
        <source>A representative</source>
        <translation>Diwakilkan</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="177"/>
        <source>Card of {name}</source>
        <translation>Kartu atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="180"/>
        <source>Name of who took it</source>
        <translation>Nama pengambil</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="182"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="191"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="192"/>
        <source>Spoiled today</source>
        <translation>Rusak hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="193"/>
        <source>Printed in total</source>
        <translation>Total tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="205"/>
        <source>Printed today: {done} of {target}</source>
        <translation>Tercetak hari ini: {done} dari {target}</translation>
    </message>
</context>
<context>
    <name>CurrentCardPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="59"/>
        <source>Current card</source>
        <translation>Kartu saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="75"/>
        <source>No card selected</source>
        <translation>Belum ada kartu yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="77"/>
        <source>Scan a NIK or press F2 for the next record.</source>
        <translation>Pindai NIK atau tekan F2 untuk data berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="84"/>
        <source>{village}Kec. {kecamatan}</source>
        <translation>{village}Kec. {kecamatan}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="90"/>
        <source>F2 next</source>
        <translation>F2 berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="90"/>
        <source>F5 printed</source>
        <translation>F5 tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="90"/>
        <source>F8 spoiled</source>
        <translation>F8 rusak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="91"/>
        <source>F9 back to queue</source>
        <translation>F9 kembali ke antrean</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="91"/>
        <source>F6/F7 change roll</source>
        <translation>F6/F7 ganti gulungan</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="91"/>
        <source>F3 scan</source>
        <translation>F3 pindai</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="101"/>
        <source>attempt {n}</source>
        <translation>percobaan ke-{n}</translation>
    </message>
</context>
<context>
    <name>EndShiftDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="240"/>
        <location filename="../../ui/shift_dialogs.py" line="258"/>
        <source>End shift</source>
        <translation>Akhiri shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="243"/>
        <source>What the next crew should know</source>
        <translation>Hal yang perlu diketahui shift berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="244"/>
        <source>Save the Excel handover report</source>
        <translation>Simpan laporan serah terima (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="262"/>
        <source>Shift {id}: {kind}, lead {lead}</source>
        <translation>Shift {id}: {kind}, koordinator {lead}</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="265"/>
        <source>Handover notes</source>
        <translation>Catatan serah terima</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="267"/>
        <source>Report file</source>
        <translation>Berkas laporan</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="288"/>
        <source>Report not saved</source>
        <translation>Laporan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="297"/>
        <source>Every consumable covers the next shift.</source>
        <translation>Semua bahan habis pakai cukup untuk shift berikutnya.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="34"/>
        <source>Welcome to e-KTP Desk</source>
        <translation>Selamat datang di e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="37"/>
        <source>This office database is new and empty.

Try the program with demo data: three print stations, their operators and leads, stock, and {records} records in the queue. Or set up your own office: the first admin user and the first print station.</source>
        <translation>Basis data kantor ini masih baru dan kosong.

Coba program dengan data demo: tiga loket cetak beserta operator dan koordinator shift-nya, stok, dan {records} data di antrean. Atau siapkan kantor Anda sendiri: pengguna admin pertama dan loket cetak pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="44"/>
        <source>Fill with demo data</source>
        <translation>Isi dengan data demo</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="46"/>
        <source>Set up my office</source>
        <translation>Siapkan kantor saya</translation>
    </message>
</context>
<context>
    <name>HandoverReportDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="89"/>
        <source>Save a shift&apos;s handover report</source>
        <translation>Simpan laporan serah terima shift</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="93"/>
        <source>open</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="98"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="102"/>
        <source>No shift has been started yet.</source>
        <translation>Belum ada shift yang dimulai.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="127"/>
        <source>Import report: {file}</source>
        <translation>Laporan impor: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130"/>
        <source>{rows} rows read: {imported} imported, {duplicates} duplicates skipped, {rejected} rejected.</source>
        <translation>{rows} baris dibaca: {imported} diimpor, {duplicates} duplikat dilewati, {rejected} ditolak.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <location filename="../../ui/dialogs.py" line="189"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <location filename="../../ui/dialogs.py" line="189"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <location filename="../../ui/dialogs.py" line="189"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155"/>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="171"/>
        <source>{count} row(s) went in without their phone number, which is not a usable mobile number (rows {rows}{more}).</source>
        <translation>{count} baris diimpor tanpa nomor telepon karena nomornya bukan nomor ponsel yang dapat dipakai (baris {rows}{more}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="178"/>
        <source>Save import report</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="180"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="72"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="79"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="80"/>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="84"/>
        <source>The window was locked after a quiet while. {user}, type your PIN to go on.</source>
        <translation>Jendela terkunci karena lama tidak dipakai. {user}, ketik PIN Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="86"/>
        <source>Password / PIN</source>
        <translation>Kata sandi / PIN</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="40"/>
        <source>e-KTP Desk — sign in</source>
        <translation>e-KTP Desk — masuk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>Password / PIN</source>
        <translation>Kata sandi / PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>No print station is set up yet: ask the admin.</source>
        <translation>Belum ada loket cetak yang disiapkan: hubungi admin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>e-KTP Desk — {station}</source>
        <translation>e-KTP Desk — {station}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Take next record</source>
        <translation>Ambil data berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Spoiled…</source>
        <translation>Rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Back to queue</source>
        <translation>Kembalikan ke antrean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Change ribbon</source>
        <translation>Ganti pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Change film</source>
        <translation>Ganti film</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Scan / search NIK</source>
        <translation>Pindai / cari NIK</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Import records…</source>
        <translation>Impor data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Receive stock…</source>
        <translation>Terima stok…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Correct stock…</source>
        <translation>Koreksi stok…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Quit</source>
        <translation>Tutup program</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Shif&amp;t</source>
        <translation>S&amp;hift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Scan or type a NIK, then Enter</source>
        <translation>Pindai atau ketik NIK, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>All priorities</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Handover report of a shift…</source>
        <translation>Laporan serah terima shift…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Berita acara of spoiled blanks…</source>
        <translation>Berita acara blangko rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Audit log…</source>
        <translation>Log audit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Start shift…</source>
        <translation>Mulai shift…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>End shift…</source>
        <translation>Akhiri shift…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Cards left at a printer…</source>
        <translation>Kartu yang tertinggal di printer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Where the last shift stopped…</source>
        <translation>Posisi akhir shift sebelumnya…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Card status for a citizen…</source>
        <translation>Status kartu warga…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Ready-to-collect messages…</source>
        <translation>Pesan kartu siap diambil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>C&amp;itizens</source>
        <translation>&amp;Warga</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Stations</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Printing now</source>
        <translation>Sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>All open</source>
        <translation>Semua yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Search NIK or name</source>
        <translation>Cari NIK atau nama</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Opening the office…</source>
        <translation>Memuat data kantor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Print {nik} — {name}</source>
        <translation>Cetak {nik} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Found {nik}</source>
        <translation>{nik} ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>{nik} is back in the queue in its place</source>
        <translation>{nik} kembali ke antrean di urutan semula</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>ribbon</source>
        <translation>pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>film</source>
        <translation>film</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Load a new {item} roll at {station}?</source>
        <translation>Pasang gulungan {item} baru di {station}?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>The {left} prints left on the old roll are written off.</source>
        <translation>Sisa {left} cetakan pada gulungan lama dihapusbukukan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Change roll</source>
        <translation>Ganti gulungan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>New {item} roll loaded: {prints} prints</source>
        <translation>Gulungan {item} baru terpasang: {prints} cetakan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Stock saved: now {balance} in stock</source>
        <translation>Stok tersimpan: stok sekarang {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>Shift {id} started</source>
        <translation>Shift {id} dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>No shift is open at this station</source>
        <translation>Tidak ada shift yang berjalan di loket ini</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Shift {id} ended</source>
        <translation>Shift {id} selesai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Saved {file}</source>
        <translation>{file} tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>Settings saved</source>
        <translation>Pengaturan tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Import records</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Registry exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Berkas ekspor data kependudukan (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571"/>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Importing {file}: {rows} rows read</source>
        <translation>Mengimpor {file}: {rows} baris dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603"/>
        <source>Import refused</source>
        <translation>Impor ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>The database is back; everything is up to date</source>
        <translation>Basis data tersambung kembali; semua data sudah mutakhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>{nik} spoiled ({reason}); it is back at the head of the queue</source>
        <translation>{nik} rusak ({reason}); data kembali ke urutan terdepan antrean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="735"/>
        <source>{nik} printed (attempt {attempt})</source>
        <translation>{nik} tercetak (percobaan ke-{attempt})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>No current card: scan a NIK or press F2 first</source>
        <translation>Belum ada kartu: pindai NIK atau tekan F2 dulu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="793"/>
        <source>Shift {id}: {kind}, lead {lead}</source>
        <translation>Shift {id}: {kind}, koordinator {lead}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="795"/>
        <source>No shift open at this station</source>
        <translation>Belum ada shift berjalan di loket ini</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="804"/>
        <source>The database cannot be reached since {time}; retrying every few seconds. Nothing you do now is saved.</source>
        <translation>Basis data tidak dapat dihubungi sejak {time}; mencoba lagi setiap beberapa detik. Apa pun yang Anda lakukan sekarang tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812"/>
        <source>Next shift: {warnings}</source>
        <translation>Shift berikutnya: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="825"/>
        <source>{rows} rows</source>
        <translation>{rows} baris</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <location filename="../../ui/main_window.py" line="843"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="217"/>
        <source>Ready-to-collect messages</source>
        <translation>Pesan kartu siap diambil</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="224"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="224"/>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="224"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="224"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="240"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="243"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="262"/>
        <source>{count} message(s) wait for a gateway; {bad} of them have a number that cannot be used. Click “Send by WhatsApp” (or press Enter on a row) to open the chat with the message written; the SMS gateway sends the rest.</source>
        <translation>{count} pesan menunggu dikirim lewat gateway; {bad} di antaranya memiliki nomor yang tidak dapat dipakai. Klik “Kirim lewat WhatsApp” (atau tekan Enter pada baris) untuk membuka obrolan dengan pesan yang sudah tertulis; sisanya dikirim oleh gateway SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="282"/>
        <source>WhatsApp opened for {name}</source>
        <translation>WhatsApp dibuka untuk {name}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="289"/>
        <source>Export WhatsApp links</source>
        <translation>Ekspor tautan WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="290"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="301"/>
        <source>{count} link(s) saved to {file}</source>
        <translation>{count} tautan disimpan ke {file}</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="306"/>
        <source>Send by WhatsApp</source>
        <translation>Kirim lewat WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="314"/>
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
        <location filename="../../ui/first_start.py" line="83"/>
        <source>Admin user</source>
        <translation>Pengguna admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="84"/>
        <source>Admin password / PIN</source>
        <translation>Kata sandi / PIN admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="85"/>
        <source>First print station</source>
        <translation>Loket cetak pertama</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="113"/>
        <source>Cards left at a printer</source>
        <translation>Kartu yang tertinggal di printer</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="115"/>
        <source>These cards were taken to a printer by an earlier shift or before this PC was closed. Look at each card and say what happened to it.</source>
        <translation>Kartu-kartu ini sudah dikirim ke printer oleh shift sebelumnya atau sebelum PC ini dimatikan. Periksa setiap kartu dan catat apa yang terjadi padanya.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="123"/>
        <source>Came out fine</source>
        <translation>Tercetak baik</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="124"/>
        <source>Came out spoiled…</source>
        <translation>Tercetak rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="125"/>
        <source>Never printed</source>
        <translation>Tidak tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="143"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="143"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="143"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="143"/>
        <source>Taken at</source>
        <translation>Waktu diambil</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="172"/>
        <source>{nik} resolved</source>
        <translation>{nik} selesai ditangani</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="46"/>
        <source>Position</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="47"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="48"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="49"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="50"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="51"/>
        <source>Recorded</source>
        <translation>Tanggal rekam</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="52"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>This PC</source>
        <translation>PC ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Forecast</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Office settings can be changed by a shift lead.</source>
        <translation>Pengaturan kantor dapat diubah oleh koordinator shift.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>This PC&apos;s station</source>
        <translation>Loket PC ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Language and station apply at the next sign-in.</source>
        <translation>Bahasa dan loket berlaku mulai saat masuk berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Fields: {fields}. The message is sent as written.</source>
        <translation>Kolom: {fields}. Pesan dikirim persis seperti yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>Used until shifts have been measured:</source>
        <translation>Dipakai sampai shift sudah terukur:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="138"/>
        <source>Delivery lead times (days), to warn in time:</source>
        <translation>Waktu tunggu pengiriman (hari), agar peringatan tepat waktu:</translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>Spoiled card</source>
        <translation>Kartu rusak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="59"/>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Card {nik} came out spoiled. Reason:</source>
        <translation>Kartu {nik} tercetak rusak. Alasan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>Blank serial number</source>
        <translation>Nomor seri blangko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Record spoiled</source>
        <translation>Catat rusak</translation>
    </message>
</context>
<context>
    <name>StartShiftDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="66"/>
        <location filename="../../ui/shift_dialogs.py" line="80"/>
        <source>Start shift</source>
        <translation>Mulai shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="84"/>
        <source>Shift</source>
        <translation>Jenis shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="85"/>
        <source>Stations working</source>
        <translation>Loket yang bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="86"/>
        <source>Lead</source>
        <translation>Koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="94"/>
        <source>Tick at least one station.</source>
        <translation>Centang minimal satu loket.</translation>
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
        <location filename="../../ui/citizen_dialogs.py" line="52"/>
        <source>Card status for a citizen</source>
        <translation>Status kartu warga</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="55"/>
        <source>Scan or type the citizen&apos;s NIK, then Enter</source>
        <translation>Pindai atau ketik NIK warga, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="58"/>
        <source>Look up</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="61"/>
        <source>Read this to the citizen:</source>
        <translation>Bacakan kepada warga:</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="63"/>
        <source>Scan the NIK on the citizen&apos;s receipt or KK.</source>
        <translation>Pindai NIK pada bukti perekaman atau KK warga.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="71"/>
        <source>Record collection…</source>
        <translation>Catat pengambilan…</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="80"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="130"/>
        <source>{nik} · not in this office&apos;s print queue</source>
        <translation>{nik} · tidak ada di antrean cetak kantor ini</translation>
    </message>
    <message>
        <location filename="../../ui/citizen_dialogs.py" line="134"/>
        <source>number {position} in the queue</source>
        <translation>nomor {position} di antrean</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="93"/>
        <source>Correct stock</source>
        <translation>Koreksi stok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="93"/>
        <source>Receive stock</source>
        <translation>Terima stok</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98"/>
        <source>Blank cards</source>
        <translation>Blangko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="99"/>
        <source>Ribbon rolls (sealed)</source>
        <translation>Gulungan pita warna (tersegel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="100"/>
        <source>Film rolls (sealed)</source>
        <translation>Gulungan film retransfer (tersegel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="111"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="112"/>
        <source>Change (+/-)</source>
        <translation>Perubahan (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="112"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Delivery note no.</source>
        <translation>No. surat jalan/BAST</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="114"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>SupplyPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="113"/>
        <source>Consumables</source>
        <translation>Bahan habis pakai</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="118"/>
        <source>Change ribbon (F6)</source>
        <translation>Ganti pita warna (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="119"/>
        <source>Change film (F7)</source>
        <translation>Ganti film (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="123"/>
        <source>Blank cards (office)</source>
        <translation>Blangko (stok kantor)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="125"/>
        <source>Ribbon</source>
        <translation>Pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="128"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="141"/>
        <source>Sealed rolls in stock: {ribbon} ribbon, {film} film</source>
        <translation>Gulungan tersegel di stok: pita warna {ribbon}, film {film}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="158"/>
        <source>{left} of {capacity} prints</source>
        <translation>{left} dari {capacity} cetakan</translation>
    </message>
</context>
<context>
    <name>WhereWeStoppedDialog</name>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="184"/>
        <source>Where the last shift stopped</source>
        <translation>Posisi akhir shift sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="189"/>
        <source>(no handover notes)</source>
        <translation>(tidak ada catatan serah terima)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="193"/>
        <source>Last cards printed</source>
        <translation>Kartu terakhir yang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="195"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="195"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="195"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="195"/>
        <location filename="../../ui/shift_dialogs.py" line="205"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="198"/>
        <source>Cards left at a printer: {count}</source>
        <translation>Kartu yang tertinggal di printer: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="202"/>
        <source>Stock at the start of this shift</source>
        <translation>Stok di awal shift ini</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="205"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="205"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="224"/>
        <source>No shift has ended yet.</source>
        <translation>Belum ada shift yang selesai.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialogs.py" line="225"/>
        <source>Last shift: {kind}, {start} to {end}, lead {lead}</source>
        <translation>Shift terakhir: {kind}, {start} sampai {end}, koordinator {lead}</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="48"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="61"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="130"/>
        <source>Creating the demo office…</source>
        <translation>Membuat kantor demo…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>Demo office ready</source>
        <translation>Kantor demo siap</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>Sign in with one of these users (user / password):

{logins}</source>
        <translation>Masuk dengan salah satu pengguna berikut (pengguna / kata sandi):

{logins}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="230"/>
        <source>Cannot use the database {url}: {error}</source>
        <translation>Basis data {url} tidak dapat dipakai: {error}</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../ui/buttons.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="17"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="18"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="19"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="20"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="21"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="24"/>
        <source>the window is started by the ektp-desk launcher</source>
        <translation>jendela aplikasi dibuka melalui peluncur ektp-desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="214"/>
        <source>--set needs --operator: the lead or admin who changes the setting</source>
        <translation>--set memerlukan --operator: koordinator atau admin yang mengubah pengaturan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="306"/>
        <source>restoring replaces the office database: confirm with --yes</source>
        <translation>pemulihan akan menggantikan basis data kantor: konfirmasi dengan --yes</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="333"/>
        <source>the stock ledger does not match its balances; differences found: {count}</source>
        <translation>buku mutasi stok tidak cocok dengan saldonya; selisih yang ditemukan: {count}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="583"/>
        <source>no terminal to ask for the password: pipe it in with --password-stdin</source>
        <translation>tidak ada terminal untuk menanyakan kata sandi: kirimkan lewat --password-stdin</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="589"/>
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
        <location filename="../../ektp_desk/demo.py" line="163"/>
        <source>demo data goes into an empty database; this one already has {users} users, {stations} stations, {records} records (use --db to choose another file)</source>
        <translation>data demo hanya untuk basis data kosong; basis data ini sudah berisi {users} pengguna, {stations} loket, {records} data (pilih berkas lain dengan --db)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="69"/>
        <location filename="../../ektp_desk/nik.py" line="43"/>
        <source>NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="70"/>
        <location filename="../../ektp_desk/nik.py" line="44"/>
        <source>NIK contains a non-ASCII digit {char} (only 0-9 are allowed)</source>
        <translation>NIK memuat angka non-ASCII {char} (hanya 0-9 yang boleh)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="73"/>
        <location filename="../../ektp_desk/nik.py" line="47"/>
        <source>NIK contains a non-digit character {char}</source>
        <translation>NIK memuat karakter bukan angka {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="74"/>
        <location filename="../../ektp_desk/nik.py" line="48"/>
        <source>NIK must have {expected} digits (got {count})</source>
        <translation>NIK harus {expected} digit (ada {count})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="77"/>
        <source>invalid NIK: unknown province code {code}</source>
        <translation>NIK tidak sah: kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="80"/>
        <source>invalid NIK: regency code {code} is invalid</source>
        <translation>NIK tidak sah: kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="81"/>
        <source>invalid NIK: kecamatan code {code} is invalid</source>
        <translation>NIK tidak sah: kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="84"/>
        <source>invalid NIK: birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>NIK tidak sah: tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="88"/>
        <source>invalid NIK: birth month {month} is invalid</source>
        <translation>NIK tidak sah: bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="91"/>
        <source>invalid NIK: birth date {date} does not exist</source>
        <translation>NIK tidak sah: tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="94"/>
        <source>invalid NIK: serial number {serial} is invalid</source>
        <translation>NIK tidak sah: nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="166"/>
        <source>NIK cell holds the number {number}, not text: Excel keeps only 15 significant digits, so the 16th digit may be lost; format the NIK column as Text and type the NIK again</source>
        <translation>sel NIK berisi angka {number}, bukan teks: Excel hanya menyimpan 15 digit, sehingga digit ke-16 bisa hilang; ubah format kolom NIK menjadi Teks lalu ketik ulang NIK-nya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="176"/>
        <source>NIK &apos;{text}&apos; was saved by Excel in scientific notation and has lost digits; format the NIK column as Text and export the file again</source>
        <translation>NIK &apos;{text}&apos; tersimpan oleh Excel dalam notasi ilmiah dan digitnya hilang; ubah format kolom NIK menjadi Teks lalu ekspor ulang berkasnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="192"/>
        <source>name is missing</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="131"/>
        <source>name contains the control character {char}</source>
        <translation>nama berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="196"/>
        <source>name is too long ({length} characters; at most {limit})</source>
        <translation>nama terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="206"/>
        <source>kecamatan is missing</source>
        <translation>kecamatan kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="132"/>
        <source>kecamatan contains the control character {char}</source>
        <translation>kecamatan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="210"/>
        <source>kecamatan is too long ({length} characters; at most {limit})</source>
        <translation>nama kecamatan terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="133"/>
        <source>kelurahan contains the control character {char}</source>
        <translation>kelurahan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="224"/>
        <source>kelurahan is too long ({length} characters; at most {limit})</source>
        <translation>nama kelurahan/desa terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="238"/>
        <source>unknown priority &apos;{text}&apos;; allowed values: {allowed}</source>
        <translation>prioritas &apos;{text}&apos; tidak dikenal; nilai yang boleh: {allowed}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="257"/>
        <source>recording date &apos;{text}&apos; is not a date; write it as DD/MM/YYYY</source>
        <translation>tanggal rekam &apos;{text}&apos; bukan tanggal; tulis sebagai DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="264"/>
        <source>recording date &apos;{text}&apos; is before e-KTP recording began ({first})</source>
        <translation>tanggal rekam &apos;{text}&apos; sebelum perekaman e-KTP dimulai ({first})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="272"/>
        <source>recording date &apos;{text}&apos; is in the future (today is {today})</source>
        <translation>tanggal rekam &apos;{text}&apos; ada di masa depan (hari ini {today})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="290"/>
        <source>recording date &apos;{text}&apos; has a two-digit year; write DD/MM/YYYY</source>
        <translation>tahun pada tanggal rekam &apos;{text}&apos; hanya dua digit; tulis DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="298"/>
        <source>recording date &apos;{text}&apos; is not a date; write DD/MM/YYYY (optionally with HH:MM) or YYYY-MM-DD</source>
        <translation>tanggal rekam &apos;{text}&apos; bukan tanggal; tulis DD/MM/YYYY (boleh dengan HH:MM) atau YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="313"/>
        <source>recording date &apos;{text}&apos; has no month {month}; write dates day first as DD/MM/YYYY</source>
        <translation>tanggal rekam &apos;{text}&apos; tidak punya bulan {month}; tulis tanggal lebih dulu: DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="324"/>
        <source>recording date &apos;{text}&apos; does not exist</source>
        <translation>tanggal rekam &apos;{text}&apos; tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="331"/>
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
        <location filename="../../ektp_desk/import_header.py" line="98"/>
        <source>&apos;{file}&apos; has a header row but no data rows.</source>
        <translation>&apos;{file}&apos; memiliki baris judul kolom tetapi tidak ada baris data.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_header.py" line="118"/>
        <source>&apos;{file}&apos; is empty: it has no header row.</source>
        <translation>&apos;{file}&apos; kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/imports.py" line="82"/>
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
        <location filename="../../ektp_desk/printing.py" line="55"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="58"/>
        <source>cannot print: no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>tidak dapat mencetak: pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="61"/>
        <source>cannot print: no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="64"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="69"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="74"/>
        <source>cannot print: no ribbon left at {station} (load a new ribbon roll); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: pita warna di {station} habis (pasang gulungan pita warna baru); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="79"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no ribbon left at {station} (load a new ribbon roll); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); pita warna di {station} habis (pasang gulungan pita warna baru); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="123"/>
        <source>the queue is empty: there is no record to print</source>
        <translation>antrean kosong: tidak ada data untuk dicetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="155"/>
        <location filename="../../ektp_desk/resume.py" line="91"/>
        <source>unknown spoil reason &apos;{reason}&apos;: choose one of {choices}</source>
        <translation>alasan rusak &apos;{reason}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="231"/>
        <source>{nik} is not claimed by {station}: nothing to release</source>
        <translation>{nik} tidak sedang diambil oleh {station}: tidak ada yang dilepas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="296"/>
        <source>{nik} is being printed at another station</source>
        <translation>{nik} sedang dicetak di loket lain</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="299"/>
        <source>{nik} is being printed at {station}</source>
        <translation>{nik} sedang dicetak di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="308"/>
        <source>{nik} is on hold: {reason}; a lead must release it first</source>
        <translation>{nik} sedang ditahan: {reason}; koordinator shift harus melepasnya dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="313"/>
        <source>{nik} is on hold; a lead must release it first</source>
        <translation>{nik} sedang ditahan; koordinator shift harus melepasnya dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="348"/>
        <source>the blank serial number has at most {limit} characters (got {length})</source>
        <translation>nomor seri blangko paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="351"/>
        <source>the blank serial number contains the control character {char}</source>
        <translation>nomor seri blangko berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="23"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK is empty</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="24"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK contains a non-ASCII digit {char} (only 0-9 are allowed)</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK memuat angka non-ASCII {char} (hanya 0-9 yang boleh)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="28"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK contains a non-digit character {char}</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK memuat karakter bukan angka {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="31"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK must have {expected} digits (got {count})</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK harus {expected} digit (ada {count})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="34"/>
        <source>&apos;{text}&apos; is not a valid NIK: unknown province code {code}</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="37"/>
        <source>&apos;{text}&apos; is not a valid NIK: regency code {code} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="40"/>
        <source>&apos;{text}&apos; is not a valid NIK: kecamatan code {code} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="43"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="48"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth month {month} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="51"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth date {date} does not exist</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="54"/>
        <source>&apos;{text}&apos; is not a valid NIK: serial number {serial} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="78"/>
        <source>limit and offset cannot be negative</source>
        <translation>batas dan posisi awal tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="81"/>
        <source>a listing shows at most {limit} rows (got {asked})</source>
        <translation>daftar menampilkan paling banyak {limit} baris (diminta {asked})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="133"/>
        <source>{nik} was already printed on {at} at {station}</source>
        <translation>{nik} sudah dicetak pada {at} di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="138"/>
        <source>no record with NIK {nik} in the queue</source>
        <translation>tidak ada data dengan NIK {nik} di antrean</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="55"/>
        <source>the database {database} holds tables that are not an e-KTP Desk database</source>
        <translation>basis data {database} berisi tabel yang bukan milik e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="78"/>
        <source>the database {database} is not initialised: run `ektp-desk init` first</source>
        <translation>basis data {database} belum disiapkan: jalankan `ektp-desk init` dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="86"/>
        <source>the database {database} needs an upgrade: run `ektp-desk init`</source>
        <translation>basis data {database} perlu diperbarui: jalankan `ektp-desk init`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="115"/>
        <source>the database is at schema revision {revision}, which this version of e-KTP Desk does not know: it was made by a newer version</source>
        <translation>basis data berada pada revisi skema {revision} yang tidak dikenal versi e-KTP Desk ini: basis data itu dibuat oleh versi yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/settings.py" line="110"/>
        <source>unknown setting {name}</source>
        <translation>pengaturan {name} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="128"/>
        <source>the setting {name} cannot be empty</source>
        <translation>pengaturan {name} tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="129"/>
        <source>the setting {name} has at most {limit} characters</source>
        <translation>pengaturan {name} paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="130"/>
        <source>the setting {name} contains the control character {char}</source>
        <translation>pengaturan {name} berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="133"/>
        <source>the setting {name} must be from {limits} (got {value})</source>
        <translation>pengaturan {name} harus antara {limits} (tertulis {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="137"/>
        <source>the setting {name} takes a whole number, not &apos;{text}&apos;</source>
        <translation>pengaturan {name} berisi bilangan bulat, bukan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="138"/>
        <source>the setting {name} takes a number, not &apos;{text}&apos;</source>
        <translation>pengaturan {name} berisi angka, bukan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="146"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="147"/>
        <source>Shown on reports and in the ready-to-collect message.</source>
        <translation>Tampil di laporan dan di pesan siap diambil.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="157"/>
        <source>Daily target (cards)</source>
        <translation>Target harian (kartu)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="158"/>
        <source>Cards a day with everything in place.</source>
        <translation>Kartu per hari bila semua tersedia.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="167"/>
        <source>Cards printed before e-KTP Desk</source>
        <translation>Kartu tercetak sebelum e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="168"/>
        <source>Added to the lifetime count of printed cards.</source>
        <translation>Ditambahkan ke jumlah total kartu tercetak.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="176"/>
        <source>Follow up cards not collected after (days)</source>
        <translation>Tindak lanjuti kartu yang belum diambil setelah (hari)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="185"/>
        <source>Where cards are collected</source>
        <translation>Tempat pengambilan kartu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="193"/>
        <source>Ready-to-collect message</source>
        <translation>Pesan siap diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="202"/>
        <source>Send SMS from</source>
        <translation>Kirim SMS mulai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="209"/>
        <source>Send SMS until</source>
        <translation>Kirim SMS sampai</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="216"/>
        <source>Print attempts per station and hour</source>
        <translation>Percobaan cetak per loket per jam</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="217"/>
        <source>Used until shifts have been measured.</source>
        <translation>Dipakai sampai shift sudah terukur.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="226"/>
        <source>Spoiled attempts (%)</source>
        <translation>Percobaan rusak (%)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="234"/>
        <source>Safety margin over the plan (%)</source>
        <translation>Cadangan di atas rencana (%)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="235"/>
        <source>Under the plan plus this margin a resource is low.</source>
        <translation>Di bawah rencana ditambah margin ini, persediaan dianggap menipis.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="243"/>
        <source>Hours of a shift never worked before</source>
        <translation>Jam kerja shift yang belum pernah berjalan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="252"/>
        <source>Blank cards, from the province</source>
        <translation>Blangko, dari provinsi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="253"/>
        <location filename="../../ektp_desk/setting_specs.py" line="262"/>
        <location filename="../../ektp_desk/setting_specs.py" line="271"/>
        <source>Days from ordering to delivery: warn this early.</source>
        <translation>Hari dari pemesanan sampai barang tiba: peringatan muncul sedini ini.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="261"/>
        <source>Ribbon rolls</source>
        <translation>Gulungan pita warna</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="270"/>
        <source>Film rolls</source>
        <translation>Gulungan film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/setting_specs.py" line="279"/>
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
        <location filename="../../ektp_desk/stations.py" line="96"/>
        <source>a station named &apos;{name}&apos; already exists</source>
        <translation>loket bernama &apos;{name}&apos; sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="114"/>
        <source>no active station named &apos;{name}&apos;</source>
        <translation>tidak ada loket aktif bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="144"/>
        <source>a station needs a name of 1 to {limit} characters</source>
        <translation>nama loket harus 1 sampai {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="148"/>
        <source>the printer model cannot be empty</source>
        <translation>model printer tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="164"/>
        <source>a card cannot use more panels than a whole roll yields</source>
        <translation>satu kartu tidak boleh memakai lebih banyak panel daripada isi satu gulungan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="60"/>
        <source>a delivery brings at most {limit} at once (got {qty}); check the number</source>
        <translation>satu penerimaan paling banyak {limit} sekaligus (tertulis {qty}); periksa angkanya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="63"/>
        <source>an adjustment changes stock by at most {limit} at once (got {qty}); check the number</source>
        <translation>satu penyesuaian mengubah stok paling banyak {limit} sekaligus (tertulis {qty}); periksa angkanya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="67"/>
        <source>the delivery reference has at most {limit} characters (got {length})</source>
        <translation>nomor referensi penerimaan paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="70"/>
        <source>the delivery reference contains the control character {char}</source>
        <translation>nomor referensi penerimaan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="75"/>
        <source>the reason has at most {limit} characters (got {length})</source>
        <translation>alasan paling banyak {limit} karakter (tertulis {length})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="76"/>
        <source>the reason contains the control character {char}</source>
        <translation>alasan berisi karakter kendali {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="81"/>
        <source>not enough blank cards in office stock (needed {wanted})</source>
        <translation>blangko di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="82"/>
        <source>not enough sealed ribbon rolls in office stock (needed {wanted})</source>
        <translation>gulungan pita warna tersegel di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="85"/>
        <source>not enough sealed film rolls in office stock (needed {wanted})</source>
        <translation>gulungan film retransfer tersegel di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="88"/>
        <source>not enough ribbon prints at {station} (needed {wanted})</source>
        <translation>sisa cetak pita warna di {station} tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="89"/>
        <source>not enough film prints at {station} (needed {wanted})</source>
        <translation>sisa cetak film retransfer di {station} tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="92"/>
        <source>cannot take {count} blank card away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} blangko: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="95"/>
        <source>cannot take {count} blank cards away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} blangko: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="98"/>
        <source>cannot take {count} sealed ribbon roll away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan pita warna tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="101"/>
        <source>cannot take {count} sealed ribbon rolls away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan pita warna tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="104"/>
        <source>cannot take {count} sealed film roll away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan film retransfer tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="107"/>
        <source>cannot take {count} sealed film rolls away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan film retransfer tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="112"/>
        <source>no sealed ribbon rolls in office stock: receive a delivery first</source>
        <translation>tidak ada gulungan pita warna tersegel di stok kantor: catat penerimaan kiriman dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="115"/>
        <source>no sealed film rolls in office stock: receive a delivery first</source>
        <translation>tidak ada gulungan film retransfer tersegel di stok kantor: catat penerimaan kiriman dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="120"/>
        <source>blank: balance {balance} but ledger sums to {ledger}</source>
        <translation>blangko: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="121"/>
        <source>ribbon_roll: balance {balance} but ledger sums to {ledger}</source>
        <translation>gulungan pita warna tersegel: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="124"/>
        <source>film_roll: balance {balance} but ledger sums to {ledger}</source>
        <translation>gulungan film retransfer tersegel: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="127"/>
        <source>ribbon at {station}: balance {balance} but ledger sums to {ledger}</source>
        <translation>pita warna di {station}: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="130"/>
        <source>film at {station}: balance {balance} but ledger sums to {ledger}</source>
        <translation>film retransfer di {station}: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="284"/>
        <source>a delivery must bring at least 1 (got {qty})</source>
        <translation>kiriman harus berisi minimal 1 (diisi {qty})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="290"/>
        <source>a delivery needs a reference (delivery note number)</source>
        <translation>kiriman memerlukan referensi (nomor surat jalan/BAST)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="309"/>
        <source>an adjustment of 0 changes nothing</source>
        <translation>penyesuaian sebesar 0 tidak mengubah apa pun</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="313"/>
        <source>an adjustment needs a reason</source>
        <translation>penyesuaian stok memerlukan alasan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="344"/>
        <source>unknown roll &apos;{item}&apos;: choose ribbon or film</source>
        <translation>gulungan &apos;{item}&apos; tidak dikenal: pilih ribbon atau film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="409"/>
        <source>ledger rows for unknown balance {key}</source>
        <translation>baris buku mutasi untuk saldo tak dikenal {key}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="487"/>
        <source>unknown item &apos;{item}&apos;: choose blank, ribbon or film</source>
        <translation>barang &apos;{item}&apos; tidak dikenal: pilih blank, ribbon atau film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="69"/>
        <source>no blank cards left in office stock (receive a delivery)</source>
        <translation>blangko di stok kantor habis (catat penerimaan kiriman)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="70"/>
        <source>no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="71"/>
        <source>no film left at {station} (load a new film roll)</source>
        <translation>film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="29"/>
        <source>{user} is an operator; only a lead may do this</source>
        <translation>{user} adalah operator; hanya koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="32"/>
        <source>{user} is an operator; only an admin may do this</source>
        <translation>{user} adalah operator; hanya admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="35"/>
        <source>{user} is an operator; only a lead or an admin may do this</source>
        <translation>{user} adalah operator; hanya koordinator shift atau admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="38"/>
        <source>{user} is a lead; only an operator may do this</source>
        <translation>{user} adalah koordinator shift; hanya operator yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="41"/>
        <source>{user} is a lead; only an admin may do this</source>
        <translation>{user} adalah koordinator shift; hanya admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="42"/>
        <source>{user} is a lead; only an operator or an admin may do this</source>
        <translation>{user} adalah koordinator shift; hanya operator atau admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="45"/>
        <source>{user} is an admin; only an operator may do this</source>
        <translation>{user} adalah admin; hanya operator yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="48"/>
        <source>{user} is an admin; only a lead may do this</source>
        <translation>{user} adalah admin; hanya koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="49"/>
        <source>{user} is an admin; only an operator or a lead may do this</source>
        <translation>{user} adalah admin; hanya operator atau koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="91"/>
        <source>a user named &apos;{name}&apos; already exists</source>
        <translation>pengguna bernama &apos;{name}&apos; sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="144"/>
        <source>too many wrong passwords: {name} is locked until {time}, then try again</source>
        <translation>terlalu banyak kata sandi salah: {name} dikunci sampai pukul {time}, setelah itu coba lagi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="151"/>
        <source>wrong user name or password</source>
        <translation>nama pengguna atau kata sandi salah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="159"/>
        <location filename="../../ektp_desk/users.py" line="171"/>
        <location filename="../../ektp_desk/users.py" line="184"/>
        <source>no active user named &apos;{name}&apos;</source>
        <translation>tidak ada pengguna aktif bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="194"/>
        <source>a user needs a name</source>
        <translation>pengguna harus punya nama</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="197"/>
        <source>a user name has at most {limit} characters</source>
        <translation>nama pengguna paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="202"/>
        <source>unknown role &apos;{role}&apos;: choose one of {choices}</source>
        <translation>peran &apos;{role}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="208"/>
        <source>the password or PIN needs at least {minimum} characters</source>
        <translation>kata sandi atau PIN minimal {minimum} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="31"/>
        <location filename="../../ektp_desk/berita_acara.py" line="161"/>
        <location filename="../../ektp_desk/handover.py" line="91"/>
        <source>the folder {folder} does not exist: choose an existing folder</source>
        <translation>folder {folder} tidak ada: pilih folder yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="62"/>
        <source>{file} cannot be restored: it is damaged or not a backup ({problem})</source>
        <translation>{file} tidak dapat dipulihkan: berkas rusak atau bukan berkas cadangan ({problem})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/backup.py" line="104"/>
        <source>back up a PostgreSQL database with the server&apos;s tool: pg_dump --format=custom --file=ektp-desk.dump {database} (restore with pg_restore)</source>
        <translation>cadangkan basis data PostgreSQL dengan alat milik server: pg_dump --format=custom --file=ektp-desk.dump {database} (pulihkan dengan pg_restore)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/berita_acara.py" line="142"/>
        <source>the report period starts on {start}, after it ends on {end}</source>
        <translation>tanggal awal periode laporan {start} jatuh setelah tanggal akhirnya {end}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/berita_acara.py" line="156"/>
        <source>the berita acara must be a .pdf file (got {name})</source>
        <translation>berita acara harus berupa berkas .pdf (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="29"/>
        <source>cannot write {path}: {reason} (is the file open in another program?)</source>
        <translation>tidak dapat menulis {path}: {reason} (apakah berkas sedang dibuka di program lain?)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="57"/>
        <source>cannot write {path}: it is a folder or a device, not a file; choose a file name</source>
        <translation>tidak dapat menulis {path}: itu folder atau perangkat, bukan berkas; pilih nama berkas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/atomic.py" line="60"/>
        <source>cannot write {path}: it is a database file; choose another file name</source>
        <translation>tidak dapat menulis {path}: itu berkas basis data; pilih nama berkas lain</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="48"/>
        <source>There is no e-KTP to print for NIK {nik} at this office yet. If you were recorded recently, your data may still be on its way from the centre; please ask again later.</source>
        <translation>Belum ada e-KTP yang akan dicetak untuk NIK {nik} di kantor ini. Jika Anda baru melakukan perekaman, data Anda mungkin masih dalam pengiriman dari pusat; silakan tanyakan kembali nanti.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="53"/>
        <source>Your e-KTP is in the print queue, number {position}. It will probably be printed within one working day.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Kemungkinan akan dicetak dalam satu hari kerja.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="58"/>
        <source>Your e-KTP is in the print queue, number {position}. It will probably be printed in about {days} working days.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Kemungkinan akan dicetak dalam sekitar {days} hari kerja.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="63"/>
        <source>Your e-KTP is in the print queue, number {position}. It will probably be printed in about {weeks} weeks.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Kemungkinan akan dicetak dalam sekitar {weeks} minggu.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="68"/>
        <source>Your e-KTP is in the print queue, number {position}. Printing is paused until the office receives new blank cards, so there is no date yet.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Pencetakan dihentikan sementara sampai kantor menerima blangko baru, sehingga belum ada perkiraan tanggal.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="73"/>
        <source>Your e-KTP is in the print queue, number {position}. The blank cards in stock run out before your turn, so it will be printed after the next delivery of blank cards.</source>
        <translation>e-KTP Anda sudah masuk antrean cetak, nomor urut {position}. Stok blangko akan habis sebelum giliran Anda, sehingga e-KTP Anda akan dicetak setelah kiriman blangko berikutnya datang.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="78"/>
        <source>Your e-KTP is being printed right now; it can be collected at {place} shortly.</source>
        <translation>e-KTP Anda sedang dicetak; sebentar lagi dapat diambil di {place}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="81"/>
        <source>Your e-KTP was printed on {date} and is ready to collect at {place}. Please bring your recording receipt.</source>
        <translation>e-KTP Anda sudah dicetak pada {date} dan siap diambil di {place}. Mohon membawa bukti perekaman.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="86"/>
        <source>Your e-KTP was collected in person on {date}.</source>
        <translation>e-KTP Anda sudah diambil langsung oleh Anda pada {date}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="87"/>
        <source>Your e-KTP was collected on {date} by {name}, as your representative.</source>
        <translation>e-KTP Anda sudah diambil pada {date} oleh {name} sebagai wakil Anda.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="90"/>
        <source>Your e-KTP cannot be printed yet: {reason}. Please see the officer at the counter.</source>
        <translation>e-KTP Anda belum dapat dicetak: {reason}. Silakan menemui petugas di loket.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/citizens.py" line="93"/>
        <source>Your e-KTP cannot be printed yet. Please see the officer at the counter.</source>
        <translation>e-KTP Anda belum dapat dicetak. Silakan menemui petugas di loket.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="87"/>
        <source>the number of days cannot be negative</source>
        <translation>jumlah hari tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="90"/>
        <source>the number of days is at most {limit} (got {days})</source>
        <translation>jumlah hari paling banyak {limit} (tertulis {days})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="115"/>
        <source>say who collected the card: the name of the citizen or representative</source>
        <translation>sebutkan siapa yang mengambil kartu: nama warga atau wakilnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="121"/>
        <source>the name has at most {limit} characters</source>
        <translation>nama paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="129"/>
        <source>there is no card for NIK {nik}: nothing to collect</source>
        <translation>tidak ada kartu untuk NIK {nik}: tidak ada yang dapat diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="133"/>
        <source>the card of {nik} was already collected on {date} by {name}</source>
        <translation>kartu {nik} sudah diambil pada {date} oleh {name}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/collection.py" line="142"/>
        <source>the card of {nik} is not printed yet: nothing to collect</source>
        <translation>kartu {nik} belum dicetak: belum ada yang dapat diambil</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/db.py" line="107"/>
        <source>the file {where} is damaged ({detail}): restore the last good backup with `ektp-desk restore FILE`</source>
        <translation>berkas {where} rusak ({detail}): pulihkan cadangan terakhir yang masih baik dengan `ektp-desk restore FILE`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/db.py" line="112"/>
        <source>the database {where} refused the user name or password ({detail}); check the --db URL</source>
        <translation>basis data {where} menolak nama pengguna atau kata sandi ({detail}); periksa URL --db</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/db.py" line="115"/>
        <source>the database {where} cannot be used right now ({detail}); nothing was saved, try again in a moment</source>
        <translation>basis data {where} tidak dapat digunakan saat ini ({detail}); tidak ada yang disimpan, coba lagi sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/delivery.py" line="82"/>
        <source>no SMS gateway database: give --gammu-db URL or set it in the settings</source>
        <translation>tidak ada basis data gateway SMS: berikan URL --gammu-db atau atur di pengaturan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="20"/>
        <source>Blank cards: {covers} in stock cover the plan of {needed}.</source>
        <translation>Blangko: {covers} di stok mencukupi rencana {needed}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="21"/>
        <source>Blank cards: {covers} in stock cover the plan of {needed}, with less than {margin}% to spare; ask the province for more.</source>
        <translation>Blangko: {covers} di stok mencukupi rencana {needed}, dengan cadangan kurang dari {margin}%; minta tambahan ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="26"/>
        <source>Blank cards run out after ~{covers} cards, about {time}: plan {needed}, blanks cover {covers}: {wait} records wait; ask the province for more.</source>
        <translation>Blangko habis setelah ~{covers} kartu, sekitar pukul {time}: rencana {needed}, blangko cukup untuk {covers}: {wait} data menunggu; minta tambahan ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="31"/>
        <source>No blank cards left: plan {needed}, all {needed} wait; receive a delivery of blanks.</source>
        <translation>Blangko habis: rencana {needed}, seluruh {needed} menunggu; catat penerimaan kiriman blangko.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="40"/>
        <source>Ribbon at {station}: the loaded roll covers {covers} cards, plan {needed}.</source>
        <translation>Pita warna di {station}: gulungan terpasang cukup untuk {covers} kartu, rencana {needed}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="43"/>
        <source>Ribbon at {station}: the loaded roll covers {covers} cards, plan {needed}, with less than {margin}% to spare; keep a spare roll ready (spare rolls in the office: {spares}).</source>
        <translation>Pita warna di {station}: gulungan terpasang cukup untuk {covers} kartu, rencana {needed}, dengan cadangan kurang dari {margin}%; siapkan gulungan cadangan (gulungan cadangan di kantor: {spares}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="48"/>
        <source>Ribbon at {station} runs out after ~{covers} cards, about {time}, and no spare roll is left for it (spare rolls in the office: {spares}): plan {needed}, {wait} cards wait; receive ribbon rolls.</source>
        <translation>Pita warna di {station} habis setelah ~{covers} kartu, sekitar pukul {time}, dan tidak ada lagi gulungan cadangan untuknya (gulungan cadangan di kantor: {spares}): rencana {needed}, {wait} kartu menunggu; terima kiriman gulungan pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="54"/>
        <source>No ribbon at {station} and no spare roll to load: plan {needed}, all {needed} cards wait; receive ribbon rolls.</source>
        <translation>Pita warna di {station} habis dan tidak ada gulungan cadangan untuk dipasang: rencana {needed}, seluruh {needed} kartu menunggu; terima kiriman gulungan pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="59"/>
        <source>Ribbon at {station}: the loaded roll covers {loaded} cards, plan {needed}; keep a spare roll ready for about {change} (rolls held ready: {rolls}).</source>
        <translation>Pita warna di {station}: gulungan terpasang cukup untuk {loaded} kartu, rencana {needed}; siapkan gulungan cadangan untuk sekitar pukul {change} (gulungan yang disiapkan: {rolls}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="64"/>
        <source>Ribbon at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, plan {needed}.</source>
        <translation>Pita warna di {station}: gulungan terpasang habis setelah ~{loaded} kartu, sekitar pukul {change}; saat itu pasang gulungan cadangan (gulungan yang akan dipasang: {rolls}). Dengan gulungan tersebut cukup untuk {covers} kartu, rencana {needed}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="70"/>
        <source>Ribbon at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, plan {needed}, with less than {margin}% to spare.</source>
        <translation>Pita warna di {station}: gulungan terpasang habis setelah ~{loaded} kartu, sekitar pukul {change}; saat itu pasang gulungan cadangan (gulungan yang akan dipasang: {rolls}). Dengan gulungan tersebut cukup untuk {covers} kartu, rencana {needed}, dengan cadangan kurang dari {margin}%.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="76"/>
        <source>Ribbon at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; load a spare roll then (rolls to load: {rolls}). Even so it runs out after ~{covers} cards, about {time}: plan {needed}, {wait} cards wait; receive ribbon rolls.</source>
        <translation>Pita warna di {station}: gulungan terpasang habis setelah ~{loaded} kartu, sekitar pukul {change}; saat itu pasang gulungan cadangan (gulungan yang akan dipasang: {rolls}). Meski begitu, pita warna habis setelah ~{covers} kartu, sekitar pukul {time}: rencana {needed}, {wait} kartu menunggu; terima kiriman gulungan pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="82"/>
        <source>Film at {station}: the loaded roll covers {covers} cards, plan {needed}.</source>
        <translation>Film di {station}: gulungan terpasang cukup untuk {covers} kartu, rencana {needed}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="85"/>
        <source>Film at {station}: the loaded roll covers {covers} cards, plan {needed}, with less than {margin}% to spare; keep a spare roll ready (spare rolls in the office: {spares}).</source>
        <translation>Film di {station}: gulungan terpasang cukup untuk {covers} kartu, rencana {needed}, dengan cadangan kurang dari {margin}%; siapkan gulungan cadangan (gulungan cadangan di kantor: {spares}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="90"/>
        <source>Film at {station} runs out after ~{covers} cards, about {time}, and no spare roll is left for it (spare rolls in the office: {spares}): plan {needed}, {wait} cards wait; receive film rolls.</source>
        <translation>Film di {station} habis setelah ~{covers} kartu, sekitar pukul {time}, dan tidak ada lagi gulungan cadangan untuknya (gulungan cadangan di kantor: {spares}): rencana {needed}, {wait} kartu menunggu; terima kiriman gulungan film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="96"/>
        <source>No film at {station} and no spare roll to load: plan {needed}, all {needed} cards wait; receive film rolls.</source>
        <translation>Film di {station} habis dan tidak ada gulungan cadangan untuk dipasang: rencana {needed}, seluruh {needed} kartu menunggu; terima kiriman gulungan film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="101"/>
        <source>Film at {station}: the loaded roll covers {loaded} cards, plan {needed}; keep a spare roll ready for about {change} (rolls held ready: {rolls}).</source>
        <translation>Film di {station}: gulungan terpasang cukup untuk {loaded} kartu, rencana {needed}; siapkan gulungan cadangan untuk sekitar pukul {change} (gulungan yang disiapkan: {rolls}).</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="106"/>
        <source>Film at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, plan {needed}.</source>
        <translation>Film di {station}: gulungan terpasang habis setelah ~{loaded} kartu, sekitar pukul {change}; saat itu pasang gulungan cadangan (gulungan yang akan dipasang: {rolls}). Dengan gulungan tersebut cukup untuk {covers} kartu, rencana {needed}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="112"/>
        <source>Film at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, plan {needed}, with less than {margin}% to spare.</source>
        <translation>Film di {station}: gulungan terpasang habis setelah ~{loaded} kartu, sekitar pukul {change}; saat itu pasang gulungan cadangan (gulungan yang akan dipasang: {rolls}). Dengan gulungan tersebut cukup untuk {covers} kartu, rencana {needed}, dengan cadangan kurang dari {margin}%.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="118"/>
        <source>Film at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; load a spare roll then (rolls to load: {rolls}). Even so it runs out after ~{covers} cards, about {time}: plan {needed}, {wait} cards wait; receive film rolls.</source>
        <translation>Film di {station}: gulungan terpasang habis setelah ~{loaded} kartu, sekitar pukul {change}; saat itu pasang gulungan cadangan (gulungan yang akan dipasang: {rolls}). Meski begitu, film habis setelah ~{covers} kartu, sekitar pukul {time}: rencana {needed}, {wait} kartu menunggu; terima kiriman gulungan film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="127"/>
        <source>Spare ribbon rolls: {spares} in the office, {rolls} to load this shift; enough for the plan.</source>
        <translation>Gulungan pita warna cadangan: {spares} di kantor, {rolls} akan dipasang pada shift ini; cukup untuk rencana.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="132"/>
        <source>Spare ribbon rolls: {spares} in the office, {rolls} to load this shift: enough for the plan, with less than {margin}% to spare; order ribbon rolls.</source>
        <translation>Gulungan pita warna cadangan: {spares} di kantor, {rolls} akan dipasang pada shift ini: cukup untuk rencana, dengan cadangan kurang dari {margin}%; pesan gulungan pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="137"/>
        <source>Spare ribbon rolls: the {spares} in the office are not enough; the stations still lack ribbon for {wait} cards; order ribbon rolls.</source>
        <translation>Gulungan pita warna cadangan: {spares} di kantor tidak cukup; loket masih kekurangan pita warna untuk {wait} kartu; pesan gulungan pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="142"/>
        <source>No spare ribbon roll in the office, and the stations lack ribbon for {needed} cards beyond their loaded rolls; order ribbon rolls.</source>
        <translation>Tidak ada gulungan pita warna cadangan di kantor, dan loket kekurangan pita warna untuk {needed} kartu di luar gulungan yang terpasang; pesan gulungan pita warna.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="147"/>
        <source>Spare film rolls: {spares} in the office, {rolls} to load this shift; enough for the plan.</source>
        <translation>Gulungan film cadangan: {spares} di kantor, {rolls} akan dipasang pada shift ini; cukup untuk rencana.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="152"/>
        <source>Spare film rolls: {spares} in the office, {rolls} to load this shift: enough for the plan, with less than {margin}% to spare; order film rolls.</source>
        <translation>Gulungan film cadangan: {spares} di kantor, {rolls} akan dipasang pada shift ini: cukup untuk rencana, dengan cadangan kurang dari {margin}%; pesan gulungan film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="157"/>
        <source>Spare film rolls: the {spares} in the office are not enough; the stations still lack film for {wait} cards; order film rolls.</source>
        <translation>Gulungan film cadangan: {spares} di kantor tidak cukup; loket masih kekurangan film untuk {wait} kartu; pesan gulungan film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="162"/>
        <source>No spare film roll in the office, and the stations lack film for {needed} cards beyond their loaded rolls; order film rolls.</source>
        <translation>Tidak ada gulungan film cadangan di kantor, dan loket kekurangan film untuk {needed} kartu di luar gulungan yang terpasang; pesan gulungan film.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="171"/>
        <source>Next shift {kind} from {start}: {hours} h on {stations} station(s) at {rate} attempts per station-hour and {spoil}% spoiled (measured on recent shifts); queue {queue}: plan {planned} attempts.</source>
        <translation>Shift berikutnya {kind} mulai pukul {start}: {hours} jam di {stations} loket, {rate} percobaan per loket per jam dan {spoil}% rusak (diukur dari shift terakhir); antrean {queue}: rencana {planned} percobaan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="177"/>
        <source>Next shift {kind} from {start}: {hours} h on {stations} station(s) at {rate} attempts per station-hour and {spoil}% spoiled (office settings: no shift measured yet); queue {queue}: plan {planned} attempts.</source>
        <translation>Shift berikutnya {kind} mulai pukul {start}: {hours} jam di {stations} loket, {rate} percobaan per loket per jam dan {spoil}% rusak (pengaturan kantor: belum ada shift yang diukur); antrean {queue}: rencana {planned} percobaan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="185"/>
        <source>Days of cover at ~{daily} attempts a day: blank cards {blank}, ribbon {ribbon}, film {film}.</source>
        <translation>Lama stok bertahan (hari) pada ~{daily} percobaan per hari: blangko {blank}, pita warna {ribbon}, film {film}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="191"/>
        <source>Reorder blank cards: they last ~{days} days, but a delivery takes {lead} days plus {margin} days of safety; ask the province for at least {qty}.</source>
        <translation>Pesan ulang blangko: stok cukup ~{days} hari, sedangkan pengiriman butuh {lead} hari ditambah {margin} hari cadangan; minta ke provinsi minimal {qty}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="196"/>
        <source>Reorder ribbon: it lasts ~{days} days, but a delivery takes {lead} days plus {margin} days of safety; order at least {qty} roll(s).</source>
        <translation>Pesan ulang pita warna: stok cukup ~{days} hari, sedangkan pengiriman butuh {lead} hari ditambah {margin} hari cadangan; pesan minimal {qty} gulungan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="201"/>
        <source>Reorder film: it lasts ~{days} days, but a delivery takes {lead} days plus {margin} days of safety; order at least {qty} roll(s).</source>
        <translation>Pesan ulang film: stok cukup ~{days} hari, sedangkan pengiriman butuh {lead} hari ditambah {margin} hari cadangan; pesan minimal {qty} gulungan.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_text.py" line="221"/>
        <source>Counted after the open shift: it still plans ~{attempts} attempts until {time} on {stations} station(s), so the next shift starts with ~{blank} blank cards and {queue} records waiting.</source>
        <translation>Dihitung setelah shift yang sedang berjalan: shift itu masih merencanakan ~{attempts} percobaan cetak sampai {time} di {stations} loket, sehingga shift berikutnya mulai dengan ~{blank} blangko dan {queue} data menunggu.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="54"/>
        <source>the SMS gateway database {database} cannot be used ({detail}); the messages stay in the outbox for the next run</source>
        <translation>basis data gateway SMS {database} tidak dapat digunakan ({detail}); pesan tetap di kotak keluar untuk pengiriman berikutnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="233"/>
        <source>{database} is not a Gammu SMSD database: its {tables} table is missing or lacks Gammu&apos;s columns</source>
        <translation>{database} bukan basis data Gammu SMSD: tabel {tables} tidak ada atau tidak memiliki kolom Gammu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/gammu.py" line="284"/>
        <source>cannot use the SMS gateway database URL {url}: {error}</source>
        <translation>URL basis data gateway SMS {url} tidak dapat digunakan: {error}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handover.py" line="52"/>
        <location filename="../../ektp_desk/shifts.py" line="209"/>
        <source>there is no shift {shift}</source>
        <translation>tidak ada shift {shift}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handover.py" line="86"/>
        <source>the handover report must be an .xlsx file (got {name})</source>
        <translation>laporan serah terima harus berupa berkas .xlsx (diisi {name})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/handover_stock.py" line="90"/>
        <source>the stock of {item} in shift {shift} does not add up (opening {opening}, movements {moved}, closing {closing}): the ledger and the shift&apos;s stock snapshots disagree, so no handover report was written</source>
        <translation>stok {item} pada shift {shift} tidak cocok (awal {opening}, mutasi {moved}, akhir {closing}): buku mutasi dan catatan stok shift tidak sesuai, sehingga laporan serah terima tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/migrate.py" line="57"/>
        <source>the target database {target} is not empty ({table} holds {rows} rows): copy only into a new, empty database</source>
        <translation>basis data tujuan {target} tidak kosong ({table} berisi {rows} baris): salin hanya ke basis data baru yang masih kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/migrate.py" line="108"/>
        <source>the copy of {table} does not match the source ({source} rows, copied {target}); nothing was kept</source>
        <translation>salinan {table} tidak sama dengan sumbernya ({source} baris, tersalin {target}); tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/notify.py" line="56"/>
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
        <location filename="../../ektp_desk/shifts.py" line="57"/>
        <source>unknown shift kind &apos;{kind}&apos;: choose one of {choices}</source>
        <translation>jenis shift &apos;{kind}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="135"/>
        <location filename="../../ektp_desk/supply.py" line="64"/>
        <source>no shift is open at {station}: a shift lead opens one (Shift &gt; Start shift, or `ektp-desk shift start`)</source>
        <translation>tidak ada shift yang berjalan di {station}: koordinator shift perlu membukanya (Shift &gt; Mulai shift, atau `ektp-desk shift start`)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="173"/>
        <source>there is no print station to open a shift on</source>
        <translation>tidak ada loket cetak untuk membuka shift</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="181"/>
        <source>{station} is still in shift {shift}: end that shift first</source>
        <translation>{station} masih dalam shift {shift}: akhiri shift tersebut dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="192"/>
        <source>shift {shift} has already ended</source>
        <translation>shift {shift} sudah berakhir</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="197"/>
        <source>no shift is open</source>
        <translation>tidak ada shift yang berjalan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/shifts.py" line="200"/>
        <source>{count} shifts are open: say which one to end</source>
        <translation>{count} shift sedang berjalan: sebutkan shift mana yang akan diakhiri</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_inputs.py" line="149"/>
        <source>a shift lasts longer than 0 hours and at most {limit} (got {hours})</source>
        <translation>satu shift berlangsung lebih dari 0 jam dan paling lama {limit} jam (tertulis {hours})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/forecast_inputs.py" line="157"/>
        <source>a shift has 1 to {limit} stations (got {stations})</source>
        <translation>satu shift memakai 1 sampai {limit} loket (tertulis {stations})</translation>
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
        <location filename="../../ui/feedback.py" line="50"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="51"/>
        <source>Something went wrong and the action was not finished. Nothing was lost; the details are in the log file.

{error}</source>
        <translation>Terjadi kesalahan dan tindakan tidak selesai. Tidak ada data yang hilang; rinciannya ada di berkas log.

{error}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words.py" line="10"/>
        <source>normal</source>
        <translation>biasa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="11"/>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="12"/>
        <source>elderly</source>
        <translation>lansia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>disabled</source>
        <translation>disabilitas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>sick</source>
        <translation>sakit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>urgent</source>
        <translation>mendesak</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>queued</source>
        <translation>antre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>printing</source>
        <translation>sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>printed</source>
        <translation>tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>collected</source>
        <translation>sudah diambil</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>on hold</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>ribbon broke</source>
        <translation>pita warna putus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>film jammed</source>
        <translation>film macet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>misprint</source>
        <translation>salah cetak</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>chip / encoding error</source>
        <translation>kesalahan chip / encoding</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>card jammed</source>
        <translation>kartu macet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>morning (pagi)</source>
        <translation>pagi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>afternoon (siang)</source>
        <translation>siang</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>night overtime (lembur malam)</source>
        <translation>lembur malam</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>blank cards</source>
        <translation>blangko</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>sealed ribbon rolls</source>
        <translation>gulungan pita warna tersegel</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>sealed film rolls</source>
        <translation>gulungan film retransfer tersegel</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>ribbon prints left</source>
        <translation>sisa cetak pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>film prints left</source>
        <translation>sisa cetak film</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>shift lead</source>
        <translation>koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
</TS>

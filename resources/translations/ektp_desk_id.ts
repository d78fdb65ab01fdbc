<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="165"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="174"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="175"/>
        <source>Spoiled today</source>
        <translation>Rusak hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="176"/>
        <source>Printed in total</source>
        <translation>Total tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="188"/>
        <source>Printed today: {done} of {target}</source>
        <translation>Tercetak hari ini: {done} dari {target}</translation>
    </message>
</context>
<context>
    <name>CurrentCardPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="55"/>
        <source>Current card</source>
        <translation>Kartu saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="71"/>
        <source>No card selected</source>
        <translation>Belum ada kartu yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="73"/>
        <source>Scan a NIK or press F2 for the next record.</source>
        <translation>Pindai NIK atau tekan F2 untuk data berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="84"/>
        <source>F2 next</source>
        <translation>F2 berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="84"/>
        <source>F5 printed</source>
        <translation>F5 tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="84"/>
        <source>F8 spoiled</source>
        <translation>F8 rusak</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="85"/>
        <source>F9 back to queue</source>
        <translation>F9 kembali ke antrean</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="85"/>
        <source>F6/F7 change roll</source>
        <translation>F6/F7 ganti gulungan</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="85"/>
        <source>F3 scan</source>
        <translation>F3 pindai</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="95"/>
        <source>attempt {n}</source>
        <translation>percobaan ke-{n}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="32"/>
        <source>Welcome to e-KTP Desk</source>
        <translation>Selamat datang di e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="35"/>
        <source>This office database is new and empty.

Try the program with demo data: three print stations, their operators and leads, stock, and {records} records in the queue. Or set up your own office: the first admin user and the first print station.</source>
        <translation>Basis data kantor ini masih baru dan kosong.

Coba program dengan data demo: tiga loket cetak beserta operator dan koordinator shift-nya, stok, dan {records} data di antrean. Atau siapkan kantor Anda sendiri: pengguna admin pertama dan loket cetak pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="42"/>
        <source>Fill with demo data</source>
        <translation>Isi dengan data demo</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="44"/>
        <source>Set up my office</source>
        <translation>Siapkan kantor saya</translation>
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
        <location filename="../../ui/dialogs.py" line="143"/>
        <location filename="../../ui/dialogs.py" line="176"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="143"/>
        <location filename="../../ui/dialogs.py" line="176"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="143"/>
        <location filename="../../ui/dialogs.py" line="176"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="151"/>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="165"/>
        <source>Save import report</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="39"/>
        <source>e-KTP Desk — sign in</source>
        <translation>e-KTP Desk — masuk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Password / PIN</source>
        <translation>Kata sandi / PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63"/>
        <source>Station</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>No print station is set up yet: ask the admin.</source>
        <translation>Belum ada loket cetak yang disiapkan: hubungi admin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>e-KTP Desk — {station}</source>
        <translation>e-KTP Desk — {station}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Take next record</source>
        <translation>Ambil data berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Spoiled…</source>
        <translation>Rusak…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Back to queue</source>
        <translation>Kembalikan ke antrean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Change ribbon</source>
        <translation>Ganti pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Change film</source>
        <translation>Ganti film</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Scan / search NIK</source>
        <translation>Pindai / cari NIK</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Import records…</source>
        <translation>Impor data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Receive stock…</source>
        <translation>Terima stok…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Correct stock…</source>
        <translation>Koreksi stok…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Quit</source>
        <translation>Tutup program</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Scan or type a NIK, then Enter</source>
        <translation>Pindai atau ketik NIK, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>All priorities</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Printing now</source>
        <translation>Sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>All open</source>
        <translation>Semua yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Search NIK or name</source>
        <translation>Cari NIK atau nama</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Print {nik} — {name}</source>
        <translation>Cetak {nik} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Found {nik}</source>
        <translation>{nik} ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>{nik} is back in the queue in its place</source>
        <translation>{nik} kembali ke antrean di urutan semula</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>ribbon</source>
        <translation>pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>film</source>
        <translation>film</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Load a new {item} roll at {station}?</source>
        <translation>Pasang gulungan {item} baru di {station}?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>The {left} prints left on the old roll are written off.</source>
        <translation>Sisa {left} cetakan pada gulungan lama dihapusbukukan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Change roll</source>
        <translation>Ganti gulungan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>New {item} roll loaded: {prints} prints</source>
        <translation>Gulungan {item} baru terpasang: {prints} cetakan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Stock saved: now {balance} in stock</source>
        <translation>Stok tersimpan: stok sekarang {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Settings saved</source>
        <translation>Pengaturan tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Import records</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Registry exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Berkas ekspor data kependudukan (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Importing {file}: {rows} rows read</source>
        <translation>Mengimpor {file}: {rows} baris dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Import refused</source>
        <translation>Impor ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>{nik} spoiled ({reason}); it is back at the head of the queue</source>
        <translation>{nik} rusak ({reason}); data kembali ke urutan terdepan antrean</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>{nik} printed (attempt {attempt})</source>
        <translation>{nik} tercetak (percobaan ke-{attempt})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>No current card: scan a NIK or press F2 first</source>
        <translation>Belum ada kartu: pindai NIK atau tekan F2 dulu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>{rows} rows</source>
        <translation>{rows} baris</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="543"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>OfficeSetupDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="66"/>
        <source>Set up the office</source>
        <translation>Siapkan kantor</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="72"/>
        <source>Loket 1</source>
        <translation>Loket 1</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="82"/>
        <source>Admin user</source>
        <translation>Pengguna admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="83"/>
        <source>Admin password / PIN</source>
        <translation>Kata sandi / PIN admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="84"/>
        <source>First print station</source>
        <translation>Loket cetak pertama</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="42"/>
        <source>Position</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="43"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="44"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="45"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="46"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="47"/>
        <source>Recorded</source>
        <translation>Tanggal rekam</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="48"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>This PC&apos;s station</source>
        <translation>Loket PC ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Language and station apply at the next sign-in.</source>
        <translation>Bahasa dan loket berlaku mulai saat masuk berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Daily target (cards)</source>
        <translation>Target harian (kartu)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Cards printed before e-KTP Desk</source>
        <translation>Kartu tercetak sebelum e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Office figures can be changed by a shift lead.</source>
        <translation>Angka kantor dapat diubah oleh koordinator shift.</translation>
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
        <location filename="../../ui/panels.py" line="107"/>
        <source>Consumables</source>
        <translation>Bahan habis pakai</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="112"/>
        <source>Change ribbon (F6)</source>
        <translation>Ganti pita warna (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="113"/>
        <source>Change film (F7)</source>
        <translation>Ganti film (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="117"/>
        <source>Blank cards (office)</source>
        <translation>Blangko (stok kantor)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="119"/>
        <source>Ribbon</source>
        <translation>Pita warna</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="122"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="135"/>
        <source>Sealed rolls in stock: {ribbon} ribbon, {film} film</source>
        <translation>Gulungan tersegel di stok: pita warna {ribbon}, film {film}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="152"/>
        <source>{left} of {capacity} prints</source>
        <translation>{left} dari {capacity} cetakan</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <source>Creating the demo office…</source>
        <translation>Membuat kantor demo…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Demo office ready</source>
        <translation>Kantor demo siap</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Sign in with one of these users (user / password):

{logins}</source>
        <translation>Masuk dengan salah satu pengguna berikut (pengguna / kata sandi):

{logins}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="23"/>
        <source>the window is started by the ektp-desk launcher</source>
        <translation>jendela aplikasi dibuka melalui peluncur ektp-desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="265"/>
        <source>the stock ledger does not match its balances; differences found: {count}</source>
        <translation>buku mutasi stok tidak cocok dengan saldonya; selisih yang ditemukan: {count}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="291"/>
        <source>no terminal to ask for the password: pipe it in with --password-stdin</source>
        <translation>tidak ada terminal untuk menanyakan kata sandi: kirimkan lewat --password-stdin</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/cli/commands.py" line="297"/>
        <source>the two passwords differ; nothing was saved</source>
        <translation>kedua kata sandi berbeda; tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/demo.py" line="76"/>
        <source>the number of demo records cannot be negative</source>
        <translation>jumlah data demo tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/demo.py" line="145"/>
        <source>demo data goes into an empty database; this one already has {users} users, {stations} stations, {records} records (use --db to choose another file)</source>
        <translation>data demo hanya untuk basis data kosong; basis data ini sudah berisi {users} pengguna, {stations} loket, {records} data (pilih berkas lain dengan --db)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="65"/>
        <location filename="../../ektp_desk/nik.py" line="43"/>
        <source>NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="66"/>
        <location filename="../../ektp_desk/nik.py" line="44"/>
        <source>NIK contains a non-ASCII digit {char} (only 0-9 are allowed)</source>
        <translation>NIK memuat angka non-ASCII {char} (hanya 0-9 yang boleh)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="69"/>
        <location filename="../../ektp_desk/nik.py" line="47"/>
        <source>NIK contains a non-digit character {char}</source>
        <translation>NIK memuat karakter bukan angka {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="70"/>
        <location filename="../../ektp_desk/nik.py" line="48"/>
        <source>NIK must have {expected} digits (got {count})</source>
        <translation>NIK harus {expected} digit (ada {count})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="73"/>
        <source>invalid NIK: unknown province code {code}</source>
        <translation>NIK tidak sah: kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="76"/>
        <source>invalid NIK: regency code {code} is invalid</source>
        <translation>NIK tidak sah: kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="77"/>
        <source>invalid NIK: kecamatan code {code} is invalid</source>
        <translation>NIK tidak sah: kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="80"/>
        <source>invalid NIK: birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>NIK tidak sah: tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="84"/>
        <source>invalid NIK: birth month {month} is invalid</source>
        <translation>NIK tidak sah: bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="87"/>
        <source>invalid NIK: birth date {date} does not exist</source>
        <translation>NIK tidak sah: tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="90"/>
        <source>invalid NIK: serial number {serial} is invalid</source>
        <translation>NIK tidak sah: nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="141"/>
        <source>NIK cell holds the number {number}, not text: Excel keeps only 15 significant digits, so the 16th digit may be lost; format the NIK column as Text and type the NIK again</source>
        <translation>sel NIK berisi angka {number}, bukan teks: Excel hanya menyimpan 15 digit, sehingga digit ke-16 bisa hilang; ubah format kolom NIK menjadi Teks lalu ketik ulang NIK-nya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="151"/>
        <source>NIK &apos;{text}&apos; was saved by Excel in scientific notation and has lost digits; format the NIK column as Text and export the file again</source>
        <translation>NIK &apos;{text}&apos; tersimpan oleh Excel dalam notasi ilmiah dan digitnya hilang; ubah format kolom NIK menjadi Teks lalu ekspor ulang berkasnya</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="167"/>
        <source>name is missing</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="170"/>
        <source>name is too long ({length} characters; at most {limit})</source>
        <translation>nama terlalu panjang ({length} karakter; paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="180"/>
        <source>kecamatan is missing</source>
        <translation>kecamatan kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="189"/>
        <source>unknown priority &apos;{text}&apos;; allowed values: {allowed}</source>
        <translation>prioritas &apos;{text}&apos; tidak dikenal; nilai yang boleh: {allowed}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="208"/>
        <source>recording date &apos;{text}&apos; is not a date; write it as DD/MM/YYYY</source>
        <translation>tanggal rekam &apos;{text}&apos; bukan tanggal; tulis sebagai DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="215"/>
        <source>recording date &apos;{text}&apos; is in the future (today is {today})</source>
        <translation>tanggal rekam &apos;{text}&apos; ada di masa depan (hari ini {today})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="233"/>
        <source>recording date &apos;{text}&apos; has a two-digit year; write DD/MM/YYYY</source>
        <translation>tahun pada tanggal rekam &apos;{text}&apos; hanya dua digit; tulis DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="241"/>
        <source>recording date &apos;{text}&apos; is not a date; write DD/MM/YYYY (optionally with HH:MM) or YYYY-MM-DD</source>
        <translation>tanggal rekam &apos;{text}&apos; bukan tanggal; tulis DD/MM/YYYY (boleh dengan HH:MM) atau YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="255"/>
        <source>recording date &apos;{text}&apos; has no month {month}; write dates day first as DD/MM/YYYY</source>
        <translation>tanggal rekam &apos;{text}&apos; tidak punya bulan {month}; tulis tanggal lebih dulu: DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="266"/>
        <source>recording date &apos;{text}&apos; does not exist</source>
        <translation>tanggal rekam &apos;{text}&apos; tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_cells.py" line="273"/>
        <source>recording date &apos;{text}&apos; has an impossible time of day</source>
        <translation>jam pada tanggal rekam &apos;{text}&apos; tidak mungkin</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="65"/>
        <source>&apos;{file}&apos; is an old Excel 97-2003 workbook; save it as .xlsx or CSV first.</source>
        <translation>&apos;{file}&apos; adalah buku kerja Excel 97-2003 lama; simpan dulu sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="73"/>
        <source>&apos;{file}&apos; is empty.</source>
        <translation>&apos;{file}&apos; kosong.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="83"/>
        <source>Cannot open &apos;{file}&apos;: {error}.</source>
        <translation>&apos;{file}&apos; tidak dapat dibuka: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="95"/>
        <source>&apos;{file}&apos; is damaged and cannot be read further: {error}.</source>
        <translation>&apos;{file}&apos; rusak dan tidak dapat dibaca lebih lanjut: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="110"/>
        <source>&apos;{file}&apos; is not a readable Excel workbook: {error}.</source>
        <translation>&apos;{file}&apos; bukan buku kerja Excel yang dapat dibaca: {error}.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="122"/>
        <source>&apos;{file}&apos; is an Excel workbook without a worksheet.</source>
        <translation>&apos;{file}&apos; adalah buku kerja Excel tanpa lembar kerja.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="147"/>
        <source>&apos;{file}&apos; is neither a CSV text file (UTF-8 or Windows-1252) nor an Excel workbook.</source>
        <translation>&apos;{file}&apos; bukan berkas teks CSV (UTF-8 atau Windows-1252) dan bukan buku kerja Excel.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/import_files.py" line="168"/>
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
        <location filename="../../ektp_desk/import_header.py" line="114"/>
        <source>&apos;{file}&apos; is empty: it has no header row.</source>
        <translation>&apos;{file}&apos; kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/imports.py" line="59"/>
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
        <location filename="../../ektp_desk/printing.py" line="36"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="39"/>
        <source>cannot print: no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>tidak dapat mencetak: pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="42"/>
        <source>cannot print: no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="45"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="50"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="55"/>
        <source>cannot print: no ribbon left at {station} (load a new ribbon roll); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: pita warna di {station} habis (pasang gulungan pita warna baru); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="60"/>
        <source>cannot print: no blank cards left in office stock (receive a delivery); no ribbon left at {station} (load a new ribbon roll); no film left at {station} (load a new film roll)</source>
        <translation>tidak dapat mencetak: blangko di stok kantor habis (catat penerimaan kiriman); pita warna di {station} habis (pasang gulungan pita warna baru); film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="109"/>
        <source>the queue is empty: there is no record to print</source>
        <translation>antrean kosong: tidak ada data untuk dicetak</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="131"/>
        <source>unknown spoil reason &apos;{reason}&apos;: choose one of {choices}</source>
        <translation>alasan rusak &apos;{reason}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="156"/>
        <source>{nik} is not claimed by {station}: nothing to release</source>
        <translation>{nik} tidak sedang diambil oleh {station}: tidak ada yang dilepas</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="183"/>
        <source>{nik} is being printed at another station</source>
        <translation>{nik} sedang dicetak di loket lain</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="186"/>
        <source>{nik} is being printed at {station}</source>
        <translation>{nik} sedang dicetak di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="195"/>
        <source>{nik} is on hold: {reason}; a lead must release it first</source>
        <translation>{nik} sedang ditahan: {reason}; koordinator shift harus melepasnya dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/printing.py" line="200"/>
        <source>{nik} is on hold; a lead must release it first</source>
        <translation>{nik} sedang ditahan; koordinator shift harus melepasnya dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="22"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK is empty</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="23"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK contains a non-ASCII digit {char} (only 0-9 are allowed)</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK memuat angka non-ASCII {char} (hanya 0-9 yang boleh)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="27"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK contains a non-digit character {char}</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK memuat karakter bukan angka {char}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="30"/>
        <source>&apos;{text}&apos; is not a valid NIK: NIK must have {expected} digits (got {count})</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: NIK harus {expected} digit (ada {count})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="33"/>
        <source>&apos;{text}&apos; is not a valid NIK: unknown province code {code}</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode provinsi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="36"/>
        <source>&apos;{text}&apos; is not a valid NIK: regency code {code} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode kabupaten/kota {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="39"/>
        <source>&apos;{text}&apos; is not a valid NIK: kecamatan code {code} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: kode kecamatan {code} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="42"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth day {day} is invalid (men&apos;s days are 01-31, women&apos;s days are 41-71)</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: tanggal lahir {day} tidak sah (laki-laki 01-31, perempuan 41-71)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="47"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth month {month} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: bulan lahir {month} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="50"/>
        <source>&apos;{text}&apos; is not a valid NIK: birth date {date} does not exist</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: tanggal lahir {date} tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="53"/>
        <source>&apos;{text}&apos; is not a valid NIK: serial number {serial} is invalid</source>
        <translation>&apos;{text}&apos; bukan NIK yang sah: nomor urut {serial} tidak sah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="77"/>
        <source>limit and offset cannot be negative</source>
        <translation>batas dan posisi awal tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="123"/>
        <source>{nik} was already printed on {at} at {station}</source>
        <translation>{nik} sudah dicetak pada {at} di {station}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/records.py" line="128"/>
        <source>no record with NIK {nik} in the queue</source>
        <translation>tidak ada data dengan NIK {nik} di antrean</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="59"/>
        <source>the database {database} holds tables that are not an e-KTP Desk database</source>
        <translation>basis data {database} berisi tabel yang bukan milik e-KTP Desk</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="82"/>
        <source>the database {database} is not initialised: run `ektp-desk init` first</source>
        <translation>basis data {database} belum disiapkan: jalankan `ektp-desk init` dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="90"/>
        <source>the database {database} needs an upgrade: run `ektp-desk init`</source>
        <translation>basis data {database} perlu diperbarui: jalankan `ektp-desk init`</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/schema.py" line="124"/>
        <source>the database is at schema revision {revision}, which this version of e-KTP Desk does not know: it was made by a newer version</source>
        <translation>basis data berada pada revisi skema {revision} yang tidak dikenal versi e-KTP Desk ini: basis data itu dibuat oleh versi yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/settings.py" line="51"/>
        <source>unknown setting {name}</source>
        <translation>pengaturan {name} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/settings.py" line="54"/>
        <source>the setting {name} cannot be negative</source>
        <translation>pengaturan {name} tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/settings.py" line="57"/>
        <source>the daily target must be at least 1 card</source>
        <translation>target harian minimal 1 kartu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="20"/>
        <source>the ribbon yield must be at least 1 (got {value})</source>
        <translation>kapasitas gulungan pita warna minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="21"/>
        <source>the film yield must be at least 1 (got {value})</source>
        <translation>kapasitas gulungan film retransfer minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="22"/>
        <source>the ribbon panels per card must be at least 1 (got {value})</source>
        <translation>panel pita warna per kartu minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="25"/>
        <source>the film panels per card must be at least 1 (got {value})</source>
        <translation>panel film per kartu minimal 1 (diisi {value})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="58"/>
        <source>a station named &apos;{name}&apos; already exists</source>
        <translation>loket bernama &apos;{name}&apos; sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="76"/>
        <source>no active station named &apos;{name}&apos;</source>
        <translation>tidak ada loket aktif bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="102"/>
        <source>a station needs a name of 1 to {limit} characters</source>
        <translation>nama loket harus 1 sampai {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="106"/>
        <source>the printer model cannot be empty</source>
        <translation>model printer tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stations.py" line="113"/>
        <source>a card cannot use more panels than a whole roll yields</source>
        <translation>satu kartu tidak boleh memakai lebih banyak panel daripada isi satu gulungan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="48"/>
        <source>not enough blank cards in office stock (needed {wanted})</source>
        <translation>blangko di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="49"/>
        <source>not enough sealed ribbon rolls in office stock (needed {wanted})</source>
        <translation>gulungan pita warna tersegel di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="52"/>
        <source>not enough sealed film rolls in office stock (needed {wanted})</source>
        <translation>gulungan film retransfer tersegel di stok kantor tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="55"/>
        <source>not enough ribbon prints at {station} (needed {wanted})</source>
        <translation>sisa cetak pita warna di {station} tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="56"/>
        <source>not enough film prints at {station} (needed {wanted})</source>
        <translation>sisa cetak film retransfer di {station} tidak cukup (dibutuhkan {wanted})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="59"/>
        <source>cannot take {count} blank card away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} blangko: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="62"/>
        <source>cannot take {count} blank cards away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} blangko: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="65"/>
        <source>cannot take {count} sealed ribbon roll away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan pita warna tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="68"/>
        <source>cannot take {count} sealed ribbon rolls away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan pita warna tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="71"/>
        <source>cannot take {count} sealed film roll away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan film retransfer tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="74"/>
        <source>cannot take {count} sealed film rolls away: only {have} in stock</source>
        <translation>tidak dapat mengurangi {count} gulungan film retransfer tersegel: stok hanya {have}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="79"/>
        <source>no sealed ribbon rolls in office stock: receive a delivery first</source>
        <translation>tidak ada gulungan pita warna tersegel di stok kantor: catat penerimaan kiriman dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="82"/>
        <source>no sealed film rolls in office stock: receive a delivery first</source>
        <translation>tidak ada gulungan film retransfer tersegel di stok kantor: catat penerimaan kiriman dulu</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="87"/>
        <source>blank: balance {balance} but ledger sums to {ledger}</source>
        <translation>blangko: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="88"/>
        <source>ribbon_roll: balance {balance} but ledger sums to {ledger}</source>
        <translation>gulungan pita warna tersegel: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="91"/>
        <source>film_roll: balance {balance} but ledger sums to {ledger}</source>
        <translation>gulungan film retransfer tersegel: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="94"/>
        <source>ribbon at {station}: balance {balance} but ledger sums to {ledger}</source>
        <translation>pita warna di {station}: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="97"/>
        <source>film at {station}: balance {balance} but ledger sums to {ledger}</source>
        <translation>film retransfer di {station}: saldo {balance} tetapi jumlah buku mutasi {ledger}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="172"/>
        <source>a delivery must bring at least 1 (got {qty})</source>
        <translation>kiriman harus berisi minimal 1 (diisi {qty})</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="176"/>
        <source>a delivery needs a reference (delivery note number)</source>
        <translation>kiriman memerlukan referensi (nomor surat jalan/BAST)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="190"/>
        <source>an adjustment of 0 changes nothing</source>
        <translation>penyesuaian sebesar 0 tidak mengubah apa pun</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="192"/>
        <source>an adjustment needs a reason</source>
        <translation>penyesuaian stok memerlukan alasan</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="218"/>
        <source>unknown roll &apos;{item}&apos;: choose ribbon or film</source>
        <translation>gulungan &apos;{item}&apos; tidak dikenal: pilih ribbon atau film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="282"/>
        <source>ledger rows for unknown balance {key}</source>
        <translation>baris buku mutasi untuk saldo tak dikenal {key}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/stock.py" line="328"/>
        <source>unknown item &apos;{item}&apos;: choose blank, ribbon or film</source>
        <translation>barang &apos;{item}&apos; tidak dikenal: pilih blank, ribbon atau film</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="60"/>
        <source>no blank cards left in office stock (receive a delivery)</source>
        <translation>blangko di stok kantor habis (catat penerimaan kiriman)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="61"/>
        <source>no ribbon left at {station} (load a new ribbon roll)</source>
        <translation>pita warna di {station} habis (pasang gulungan pita warna baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/supply.py" line="62"/>
        <source>no film left at {station} (load a new film roll)</source>
        <translation>film retransfer di {station} habis (pasang gulungan film baru)</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="27"/>
        <source>{user} is an operator; only a lead may do this</source>
        <translation>{user} adalah operator; hanya koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="30"/>
        <source>{user} is an operator; only an admin may do this</source>
        <translation>{user} adalah operator; hanya admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="33"/>
        <source>{user} is an operator; only a lead or an admin may do this</source>
        <translation>{user} adalah operator; hanya koordinator shift atau admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="36"/>
        <source>{user} is a lead; only an operator may do this</source>
        <translation>{user} adalah koordinator shift; hanya operator yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="39"/>
        <source>{user} is a lead; only an admin may do this</source>
        <translation>{user} adalah koordinator shift; hanya admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="40"/>
        <source>{user} is a lead; only an operator or an admin may do this</source>
        <translation>{user} adalah koordinator shift; hanya operator atau admin yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="43"/>
        <source>{user} is an admin; only an operator may do this</source>
        <translation>{user} adalah admin; hanya operator yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="46"/>
        <source>{user} is an admin; only a lead may do this</source>
        <translation>{user} adalah admin; hanya koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="47"/>
        <source>{user} is an admin; only an operator or a lead may do this</source>
        <translation>{user} adalah admin; hanya operator atau koordinator shift yang boleh melakukan ini</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="83"/>
        <source>a user named &apos;{name}&apos; already exists</source>
        <translation>pengguna bernama &apos;{name}&apos; sudah ada</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="102"/>
        <source>wrong user name or password</source>
        <translation>nama pengguna atau kata sandi salah</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="110"/>
        <source>no active user named &apos;{name}&apos;</source>
        <translation>tidak ada pengguna aktif bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="119"/>
        <source>a user needs a name</source>
        <translation>pengguna harus punya nama</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="122"/>
        <source>a user name has at most {limit} characters</source>
        <translation>nama pengguna paling banyak {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="127"/>
        <source>unknown role &apos;{role}&apos;: choose one of {choices}</source>
        <translation>peran &apos;{role}&apos; tidak dikenal: pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../ektp_desk/users.py" line="133"/>
        <source>the password or PIN needs at least {minimum} characters</source>
        <translation>kata sandi atau PIN minimal {minimum} karakter</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback.py" line="33"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="41"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="42"/>
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
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>shift lead</source>
        <translation>koordinator shift</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
</TS>

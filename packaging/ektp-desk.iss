; Inno Setup script: a per-user Windows installer for the one-folder bundle.
;
; On the Windows build machine, after `python packaging\build` made dist\ektp-desk\:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\ektp-desk.iss
; gives dist\ektp-desk-0.1.0-setup.exe. See docs/INSTALL.md. NOT compiled or run on our Linux
; machines: written against the Inno Setup 6 documentation, to be verified on Windows.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\ektp-desk.iss (ektp_desk/__init__.py)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B1E2C4A-7D1F-4E55-9A0B-3C5E8F2D7A41}
AppName=e-KTP Desk
AppVersion={#AppVersion}
AppVerName=e-KTP Desk {#AppVersion}
AppPublisher=Disdukcapil
; Per user: no administrator rights, installs under the user's own profile.
PrivilegesRequired=lowest
DefaultDirName={userpf}\e-KTP Desk
DefaultGroupName=e-KTP Desk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ektp-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=e-KTP Desk {#AppVersion}
UninstallDisplayIcon={app}\ektp-desk.exe
; The office database and its backups live in %LOCALAPPDATA%\ektp-desk, outside {app}:
; an upgrade or an uninstall leaves them alone.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\ektp-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\e-KTP Desk"; Filename: "{app}\ektp-desk.exe"
Name: "{group}\e-KTP Desk self-check"; Filename: "{cmd}"; Parameters: "/k ""{app}\ektp-desk-cli.exe"" self-check"; WorkingDir: "{app}"
Name: "{group}\Uninstall e-KTP Desk"; Filename: "{uninstallexe}"
Name: "{userdesktop}\e-KTP Desk"; Filename: "{app}\ektp-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\ektp-desk.exe"; Description: "{cm:LaunchProgram,e-KTP Desk}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 script for 党建桌面 (djdesk): a per-user installer that needs no administrator.
;
; Built by `python installer/build.py` on Windows (Inno Setup 6.3 or newer installed), which runs
;     ISCC /DAppVersion=<pyproject version> /DAppVersionNumeric=<a.b.c.d> /DBundleDir=<dist\djdesk> installer\djdesk.iss
; The version is never written here: pyproject.toml is the one place it lives.
;
; This file is UTF-8 *with a byte-order mark*: Inno Setup reads a BOM-less script as ANSI, which
; would garble the Chinese names below (tests/test_installer.py checks the BOM).
;
; User data is NOT in the install folder: the database, backups, settings and log live in
; %LOCALAPPDATA%\djdesk (platformdirs' user_data_dir, see djdesk/core/paths.py). So:
;   * uninstalling removes the program files only and keeps the data: there is deliberately no
;     [UninstallDelete] section, and nothing here may ever name {localappdata}\djdesk;
;   * upgrading = running a newer installer: the same AppId makes it install over the old version,
;     in the same folder; the data stays where it is, and on first open the app migrates the
;     database schema itself, after copying it to <data dir>\backups (djdesk/core/store.py,
;     Store.open -> _backup_before_migration, one transaction per migration). A database from a
;     newer app version is refused, not damaged, if someone installs an older version over a newer one.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (installer/build.py does this from pyproject.toml)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef BundleDir
  ; The PyInstaller one-folder bundle (installer/djdesk.spec), relative to this script.
  #define BundleDir "..\dist\djdesk"
#endif

[Setup]
; The AppId ties every version together (upgrade in place, one entry in "Apps & features").
; Never change it: a new AppId would install a second copy beside the first.
AppId={{6D1F3A52-8C4B-4E7A-9B0D-2F5E8A7C3D14}
AppName=党建桌面
AppVersion={#AppVersion}
AppVerName=党建桌面 {#AppVersion}
AppPublisher=djdesk
AppComments=村（社区）党支部离线桌面软件
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName=党建桌面 djdesk
VersionInfoDescription=党建桌面 安装程序

; Per-user install, no administrator rights (office PCs with no IT help). With
; PrivilegesRequired=lowest and no override allowed, {autopf} is {userpf}, i.e.
; %LOCALAPPDATA%\Programs\djdesk, and shortcuts go to the user's own Start menu/desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\djdesk
DisableDirPage=auto
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
DefaultGroupName=党建桌面

; Qt 6 needs 64-bit Windows 10 1809 or newer (Windows 11 included).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763

; Close a running 党建桌面 (Restart Manager) before replacing its files during an upgrade.
CloseApplications=yes
RestartApplications=no

UninstallDisplayName=党建桌面 {#AppVersion}
; The icon (resources\icons\djdesk.ico, drawn by make_icons.py there): the setup program's own, and
; in "Apps & features" the one built into djdesk.exe (installer/djdesk.spec), as are the shortcuts'.
SetupIconFile=..\resources\icons\djdesk.ico
UninstallDisplayIcon={app}\djdesk.exe
OutputDir=..\dist
OutputBaseFilename=djdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupLogging=yes
; Always Chinese, whatever the Windows display language (like the app itself); `/LANG=english`
; on the command line still picks English.
ShowLanguageDialog=no
LanguageDetectionMethod=none

[Languages]
; Simplified Chinese is not one of Inno Setup's official translations in most 6.x releases: it is
; the contributed ("unofficial") ChineseSimplified.isl, which some Inno Setup 6 installs place in
; Languages\Unofficial\ and others leave out (download it from https://jrsoftware.org/files/istrans/).
; Use, in order: an official copy, the Unofficial one, or a copy put next to this script
; (installer\ChineseSimplified.isl, not kept in the repository); otherwise stop with a clear
; message rather than build an English-only installer for Chinese clerks.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in Inno Setup's Languages\Unofficial folder or next to djdesk.iss (https://jrsoftware.org/files/istrans/)
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.ShortcutName=党建桌面
english.ShortcutName=djdesk (Party branch records)
chinesesimplified.LaunchApp=运行党建桌面
english.LaunchApp=Run djdesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Upgrade: clear the previous version's bundled libraries so no stale file lingers. Program files
; only; user data is elsewhere (see the top of this file).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: djdesk.exe (GUI), djdesk-cli.exe (console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs; Excludes: "portable,djdesk-data\*"

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\djdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\djdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\djdesk.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

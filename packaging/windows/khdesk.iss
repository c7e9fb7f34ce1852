; khdesk's Windows installer (Inno Setup 6), built from the one-folder build in dist\khdesk.
; How to build it on Windows: packaging/README.md, "The Windows installer".
;
; Per user, no administrator: khdesk goes to %LOCALAPPDATA%\Programs\khdesk, its Start-menu
; entry and the .khb / .khr file types to the user's own part of the registry. The user's data
; (%LOCALAPPDATA%\khdesk: the database, keys, backups) is never touched: the uninstaller says
; where it stays. While a khdesk window is open (it holds the mutex AppMutex names, khdesk/app.py)
; the installer and the uninstaller ask to close it first.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{5C6B0E1A-7D3F-4C8B-9A51-2E7F0D4B6A91}
AppName=khdesk
AppVersion={#AppVersion}
AppPublisher=Qazaqstan Halqyna
AppComments=The offline desk for the round tables of «Қазақстан халқына»
DefaultDirName={autopf}\khdesk
DefaultGroupName=khdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
AppMutex=khdesk-window-open,Global\khdesk-window-open
CloseApplications=no
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=khdesk-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\khdesk.ico
UninstallDisplayIcon={app}\khdesk.exe
UninstallDisplayName=khdesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
russian.DataStays=Ваши данные (база данных, ключи, резервные копии) остаются в папке %1. Удалите её сами, только если они больше не нужны и отправлены в центральный аппарат.
english.DataStays=Your data (the database, keys, backups) stays in %1. Delete that folder yourself only once it is no longer needed and has reached headquarters.
russian.ChangesBundle=Пакет изменений khdesk
english.ChangesBundle=khdesk bundle of changes
russian.ReferenceBundle=Справочный пакет khdesk
english.ReferenceBundle=khdesk reference bundle

[Files]
Source: "{#Root}\dist\khdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\khdesk"; Filename: "{app}\khdesk.exe"

[Registry]
; HKA is the user's own HKEY_CURRENT_USER in a per-user install
Root: HKA; Subkey: "Software\Classes\.khb"; ValueType: string; ValueName: ""; ValueData: "khdesk.changes"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.khr"; ValueType: string; ValueName: ""; ValueData: "khdesk.reference"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\khdesk.changes"; ValueType: string; ValueName: ""; ValueData: "{cm:ChangesBundle}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\khdesk.changes\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\khdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\khdesk.changes\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\khdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\khdesk.reference"; ValueType: string; ValueName: ""; ValueData: "{cm:ReferenceBundle}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\khdesk.reference\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\khdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\khdesk.reference\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\khdesk.exe"" ""%1"""

[Run]
Filename: "{app}\khdesk.exe"; Description: "{cm:LaunchProgram,khdesk}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { the data folder is platformdirs' user_data_dir("khdesk"), khdesk/paths.py }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataStays'), [ExpandConstant('{localappdata}\khdesk')]),
      mbInformation, MB_OK);
end;

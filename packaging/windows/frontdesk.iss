; Inno Setup 6 script of Frontdesk's Windows installer.
;
; Built by `python packaging\build.py --format inno [--property-profile FILE]`, which first
; makes the PyInstaller folder <out>\frontdesk (frontdesk.exe, frontdesk-cli.exe, _internal\)
; and then runs:
;   ISCC.exe /Q /DAppVersion=0.1.0 /DProfileId=hotel-du-lac /DDistDir=<out> /DOutputDir=<out> frontdesk.iss
; Result: <out>\frontdesk-inbox-<version>[+<profile>]-windows-x64-setup.exe
;
; Silent install (admins, deployment tools):
;   frontdesk-inbox-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /DIR="C:\Program Files\Frontdesk" /LOG="%TEMP%\frontdesk-setup.log"
;   add /CURRENTUSER to install for the current user only, without administrator rights.
; Silent uninstall:
;   "C:\Program Files\Frontdesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Upgrades install over the previous version (same AppId). Neither upgrades nor the
; uninstaller touch the users' data (%LOCALAPPDATA%\Frontdesk\Frontdesk): the app
; migrates its database there itself, after taking a copy.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef ProfileId
  #define ProfileId ""
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#ifndef OutputDir
  #define OutputDir DistDir
#endif
#if ProfileId == ""
  #define Label AppVersion
#else
  #define Label AppVersion + "+" + ProfileId
#endif

[Setup]
; One AppId for every build, with or without a profile: a new installer upgrades the old.
AppId={{61E38BF3-07C7-40D2-9002-D611865171C7}
AppName=Frontdesk
AppVersion={#Label}
AppVerName=Frontdesk {#Label}
AppPublisher=Frontdesk
DefaultDirName={autopf}\Frontdesk
DefaultGroupName=Frontdesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=frontdesk-inbox-{#Label}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
SetupLogging=yes
UninstallDisplayIcon={app}\frontdesk.exe
UninstallDisplayName=Frontdesk

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Libraries of the previous version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\frontdesk\frontdesk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\frontdesk\frontdesk-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\frontdesk\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Frontdesk"; Filename: "{app}\frontdesk.exe"
Name: "{autodesktop}\Frontdesk"; Filename: "{app}\frontdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\frontdesk.exe"; Description: "{cm:LaunchProgram,Frontdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: only what the installer wrote is removed; the users' data stays.

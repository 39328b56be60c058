; Inno Setup recipe for Support Console on Windows: installs the PyInstaller
; bundle (dist\support-console, built on Windows from packaging\support-console.spec)
; under Program Files\Support Console, with Start menu shortcuts and an
; uninstaller. Build, from the root of a clone, on Windows (packaging\README.md):
;   .venv\Scripts\python packaging\render_icons.py build\icons --ico build\icons\support-console.ico
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\support-console.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\support-console.iss
; Output: dist\support-console-0.1.0-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Support Console"
#define Bundle "..\..\dist\support-console"
; support-console-gui.exe opens no console window; support-console.exe is the
; command line (and the window when started from a terminal).
#define GuiExe "support-console-gui.exe"

[Setup]
; Never change: Windows knows the installation (and its upgrades) by this id.
AppId={{243A28C2-086B-46A8-9CB2-F885E7794C60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Support Console team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; An administrator installs for everyone (Program Files); anyone else may choose
; an installation of their own (in their profile's Programs folder).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=support-console-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\support-console.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The console may be running: ask to close it rather than leave files in use.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: no module of the old version may stay beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} Wallboard"; Filename: "{app}\{#GuiExe}"; Parameters: "wallboard"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} TAM Cockpit"; Filename: "{app}\{#GuiExe}"; Parameters: "cockpit"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what it installed. The people's own files stay: the
; local database and the profiles in %LOCALAPPDATA%\support-console, and the
; passwords in the Windows Credential Manager.

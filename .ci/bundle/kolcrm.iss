; Inno Setup script for the Windows installer (the release workflow passes /DVersion=x.y.z).
#ifndef Version
  #define Version "0.0.0"
#endif
[Setup]
AppId={{8E2B1C4A-5D0F-4C1E-9A3B-6B1D7F2E4C10}
AppName=kolcrm
AppVersion={#Version}
AppPublisher=kolcrm
DefaultDirName={autopf}\kolcrm
DefaultGroupName=kolcrm
OutputDir=..\..\dist
OutputBaseFilename=kolcrm-{#Version}-windows-setup
SetupIconFile=..\..\resources\icons\kolcrm.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=lowest

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\kolcrm\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\kolcrm"; Filename: "{app}\kolcrm.exe"
Name: "{autodesktop}\kolcrm"; Filename: "{app}\kolcrm.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\kolcrm.exe"; Description: "{cm:LaunchProgram,kolcrm}"; Flags: nowait postinstall skipifsilent

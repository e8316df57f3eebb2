<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>cnw</name>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="37" />
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="130" />
      <source>&amp;About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="105" />
      <source>&amp;Close project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="107" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="94" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="129" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="95" />
      <source>&amp;New project...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="96" />
      <source>&amp;Open...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="115" />
      <source>&amp;Preferences...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="106" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="110" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="126" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="108" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="118" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/i18n.py" line="111" />
      <source>'{0}' is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="136" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="27" />
      <source>1. Subject and boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="28" />
      <source>2. Inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="29" />
      <source>3. Footprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="31" />
      <source>4. Reduction plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="32" />
      <source>5. Offsets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="33" />
      <source>6. Verification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="34" />
      <source>7. Declaration and certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="295" />
      <source>About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="327" />
      <source>Brightway not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="322" />
      <source>Brightway ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="328" />
      <source>Brightway setup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="309" />
      <source>Brightway setup module not installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/workers.py" line="100" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="266" />
      <source>Carbon-Neutrality Workbench</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="296" />
      <source>Carbon-Neutrality Workbench
From activity data to a verified carbon-neutrality claim.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="187" />
      <source>Could not open {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="231" />
      <source>Could not show {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="44" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="55" />
      <source>Error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="47" />
      <source>Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="63" />
      <source>File not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="42" />
      <source>File: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="38" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="30" />
      <source>From activity data to a verified carbon-neutrality claim: boundary, inventory, footprint, reduction plan, offsets, verification and certificate in one project file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/dialogs/preferences.py" line="20" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="317" />
      <source>Loading Brightway...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="258" />
      <source>Locked by {0}@{1} since {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="43" />
      <source>Mode: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="37" />
      <source>New project...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="42" />
      <source>No project open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="102" />
      <source>Not available in this build: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="54" />
      <source>Not signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/dialogs/preferences.py" line="21" />
      <source>Numbers and dates follow the language's locale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="69" />
      <source>Only the verifier can change this (open the file in verifier mode).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="77" />
      <source>Open a project first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="99" />
      <source>Open as verifier...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="176" />
      <source>Open project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="38" />
      <source>Open project...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="97" />
      <source>Open read-only...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="101" />
      <source>Open the &amp;demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="39" />
      <source>Open the demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/dialogs/preferences.py" line="14" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="30" />
      <source>Product LCA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="42" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="76" />
      <source>Read-only: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="102" />
      <source>Recent files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="45" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="48" />
      <source>Signed data changed since sign-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="51" />
      <source>Signed; data unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="41" />
      <source>Site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="37" />
      <source>Something went wrong ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="36" />
      <source>Something went wrong: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="40" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="34" />
      <source>The computer ran out of memory while doing this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="76" />
      <source>The project is open read-only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="39" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="46" />
      <source>Uncertainty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="43" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="73" />
      <source>Verifier mode: client data cannot be changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="43" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="12" />
      <source>edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="41" />
      <source>in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="42" />
      <source>issues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="15" />
      <source>no project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="40" />
      <source>not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="13" />
      <source>read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="14" />
      <source>verifier</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>

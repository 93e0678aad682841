<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Cu&amp;t</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Paste</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Select All</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Show Details...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Hide Details...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Save All</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Yes to &amp;All</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;o to All</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abort</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Retry</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignore</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Restore Defaults</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Select All</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Saraban</source>
      <translation>Saraban</translation>
    </message>
  </context>
  <context>
    <name>saraban::ActingService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalDemo</name>
    <message>
      <source>The demo's organisation is not complete: %1</source>
      <translation>The demo's organisation is not complete: %1</translation>
    </message>
    <message>
      <source>Drafts and approval chains...</source>
      <translation>Drafts and approval chains...</translation>
    </message>
    <message>
      <source>The letters cannot be composed (%1); the drafts get plain pages.</source>
      <translation>The letters cannot be composed (%1); the drafts get plain pages.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalModel</name>
    <message>
      <source>%1 (head of %2)</source>
      <translation>%1 (head of %2)</translation>
    </message>
    <message>
      <source>%1 for %2</source>
      <translation>%1 for %2</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>For</source>
      <translation>For</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
    <message>
      <source>The server answered with an unknown draft state "%1".</source>
      <translation>The server answered with an unknown draft state "%1".</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalText</name>
    <message>
      <source>Being drafted</source>
      <translation>Being drafted</translation>
    </message>
    <message>
      <source>In approval</source>
      <translation>In approval</translation>
    </message>
    <message>
      <source>Returned to the drafter</source>
      <translation>Returned to the drafter</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Issued</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>Opinion</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Not yet reached</source>
      <translation>Not yet reached</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>Waiting for a decision</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Sent back to the previous step</source>
      <translation>Sent back to the previous step</translation>
    </message>
    <message>
      <source>Sent back to the drafter</source>
      <translation>Sent back to the drafter</translation>
    </message>
  </context>
  <context>
    <name>saraban::AuditService</name>
    <message numerus="yes">
      <source>The audit chain is intact: %n record(s) checked.</source>
      <translation>
        <numerusform>The audit chain is intact: %n record checked.</numerusform>
        <numerusform>The audit chain is intact: %n records checked.</numerusform>
      </translation>
    </message>
    <message>
      <source>Audit record %1 was changed after it was written.</source>
      <translation>Audit record %1 was changed after it was written.</translation>
    </message>
    <message>
      <source>Audit record %1 does not follow the record before it: a record was inserted out of the chain, or the one before it was rewritten.</source>
      <translation>Audit record %1 does not follow the record before it: a record was inserted out of the chain, or the one before it was rewritten.</translation>
    </message>
    <message>
      <source>Audit record %1 is missing: it was deleted.</source>
      <translation>Audit record %1 is missing: it was deleted.</translation>
    </message>
    <message>
      <source>Audit record %1 lies beyond the recorded end of the chain: it was inserted out of the chain.</source>
      <translation>Audit record %1 lies beyond the recorded end of the chain: it was inserted out of the chain.</translation>
    </message>
    <message>
      <source>The audit chain ends before its recorded end: records from %1 on were deleted, or the end was rewritten.</source>
      <translation>The audit chain ends before its recorded end: records from %1 on were deleted, or the end was rewritten.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ConnectionProfile</name>
    <message>
      <source>The connection string is not valid: %1</source>
      <translation>The connection string is not valid: %1</translation>
    </message>
    <message>
      <source>The port "%1" is not valid: it must be a number from 1 to 65535.</source>
      <translation>The port "%1" is not valid: it must be a number from 1 to 65535.</translation>
    </message>
    <message>
      <source>Private local server, user %1</source>
      <translation>Private local server, user %1</translation>
    </message>
    <message>
      <source>Shared server %1:%2, database %3</source>
      <translation>Shared server %1:%2, database %3</translation>
    </message>
    <message>
      <source>, user %1</source>
      <translation>, user %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::CsvReader</name>
    <message>
      <source>The file is not UTF-8 text.</source>
      <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
      <source>Line %1: a quoted field is not closed.</source>
      <translation>Line %1: a quoted field is not closed.</translation>
    </message>
  </context>
  <context>
    <name>saraban::DatabaseSession</name>
    <message>
      <source>The server's database (schema version %1) is newer than this Saraban (version %2). Install the newer Saraban.</source>
      <translation>The server's database (schema version %1) is newer than this Saraban (version %2). Install the newer Saraban.</translation>
    </message>
    <message>
      <source>The server's database (schema version %1) is older than this Saraban (version %2). Ask the administrator to run "saraban-admin migrate".</source>
      <translation>The server's database (schema version %1) is older than this Saraban (version %2). Ask the administrator to run "saraban-admin migrate".</translation>
    </message>
  </context>
  <context>
    <name>saraban::DbWorker</name>
    <message>
      <source>The connection to the server was lost. Saraban is reconnecting; nothing you typed is lost, and you can send it again once connected.</source>
      <translation>The connection to the server was lost. Saraban is reconnecting; nothing you typed is lost, and you can send it again once connected.</translation>
    </message>
    <message>
      <source>There is no connection to the server right now. Saraban is reconnecting; try again when the status bar says it is connected.</source>
      <translation>There is no connection to the server right now. Saraban is reconnecting; try again when the status bar says it is connected.</translation>
    </message>
    <message>
      <source>The connection to the server was lost.</source>
      <translation>The connection to the server was lost.</translation>
    </message>
  </context>
  <context>
    <name>saraban::DemoBuilder</name>
    <message>
      <source>The demo data %1 is missing from this build.</source>
      <translation>The demo data %1 is missing from this build.</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
    <message>
      <source>The demo is built by the server's superuser (on the private server, the account that runs Saraban).</source>
      <translation>The demo is built by the server's superuser (on the private server, the account that runs Saraban).</translation>
    </message>
    <message>
      <source>This database already has units or people; the demo is only built in an empty one. Nothing was changed.</source>
      <translation>This database already has units or people; the demo is only built in an empty one. Nothing was changed.</translation>
    </message>
    <message>
      <source>The demo data in this build is damaged.</source>
      <translation>The demo data in this build is damaged.</translation>
    </message>
    <message>
      <source>Units...</source>
      <translation>Units...</translation>
    </message>
    <message>
      <source>People...</source>
      <translation>People...</translation>
    </message>
    <message>
      <source>Outside organisations...</source>
      <translation>Outside organisations...</translation>
    </message>
    <message>
      <source>Register %1/%2: %3 letters...</source>
      <translation>Register %1/%2: %3 letters...</translation>
    </message>
    <message>
      <source>Letter %1 of register %2/%3: %4</source>
      <translation>Letter %1 of register %2/%3: %4</translation>
    </message>
    <message>
      <source>Reserved numbers...</source>
      <translation>Reserved numbers...</translation>
    </message>
  </context>
  <context>
    <name>saraban::Direction</name>
    <message>
      <source>Incoming</source>
      <translation>Incoming</translation>
    </message>
    <message>
      <source>Outgoing</source>
      <translation>Outgoing</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Internal</translation>
    </message>
  </context>
  <context>
    <name>saraban::DirectoryService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
  </context>
  <context>
    <name>saraban::DraftComposerService</name>
    <message>
      <source>There is no such draft, or you may not see it.</source>
      <translation>There is no such draft, or you may not see it.</translation>
    </message>
  </context>
  <context>
    <name>saraban::InboxModel</name>
    <message>
      <source>Not yet opened</source>
      <translation>Not yet opened</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>Forwarded</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Recalled</source>
      <translation>Recalled</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>From / to</source>
      <translation>From / to</translation>
    </message>
    <message>
      <source>Instruction</source>
      <translation>Instruction</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
  </context>
  <context>
    <name>saraban::KeychainSecretStore</name>
    <message>
      <source>The system keychain did not answer: %1</source>
      <translation>The system keychain did not answer: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::LetterDetailService</name>
    <message>
      <source>This letter does not exist, or you may not see it.</source>
      <translation>This letter does not exist, or you may not see it.</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
    <message>
      <source>This draft does not exist, or you may not see it.</source>
      <translation>This draft does not exist, or you may not see it.</translation>
    </message>
  </context>
  <context>
    <name>saraban::LetterService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
    <message>
      <source>The file is too large: at most %1 bytes.</source>
      <translation>The file is too large: at most %1 bytes.</translation>
    </message>
    <message>
      <source>Field: %1, rule: %2</source>
      <translation>Field: %1, rule: %2</translation>
    </message>
    <message>
      <source>This file was registered before, with letter %1.</source>
      <translation>This file was registered before, with letter %1.</translation>
    </message>
    <message>
      <source>This file was registered before, with a letter you may not see.</source>
      <translation>This file was registered before, with a letter you may not see.</translation>
    </message>
  </context>
  <context>
    <name>saraban::LocalServer</name>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>Cannot write %1: %2</translation>
    </message>
    <message>
      <source>Cannot open the lock file in %1: %2</source>
      <translation>Cannot open the lock file in %1: %2</translation>
    </message>
    <message>
      <source>Another Saraban process is still starting or stopping the private server in %1.</source>
      <translation>Another Saraban process is still starting or stopping the private server in %1.</translation>
    </message>
    <message>
      <source>Cannot remove the stale lock file %1/postmaster.pid.</source>
      <translation>Cannot remove the stale lock file %1/postmaster.pid.</translation>
    </message>
    <message>
      <source>Cannot take the clients lock in %1: %2</source>
      <translation>Cannot take the clients lock in %1: %2</translation>
    </message>
    <message>
      <source>Cannot create the directory %1.</source>
      <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
      <source>The postgres user cannot reach %1: a parent directory is closed to it. Choose another place with SARABAN_DATA_DIR.</source>
      <translation>The postgres user cannot reach %1: a parent directory is closed to it. Choose another place with SARABAN_DATA_DIR.</translation>
    </message>
    <message>
      <source>The path %1 is too long for a Unix socket. Choose a shorter data directory with SARABAN_DATA_DIR.</source>
      <translation>The path %1 is too long for a Unix socket. Choose a shorter data directory with SARABAN_DATA_DIR.</translation>
    </message>
    <message>
      <source>Cannot remove the unfinished cluster in %1.</source>
      <translation>Cannot remove the unfinished cluster in %1.</translation>
    </message>
    <message>
      <source>Creating the private database cluster failed.</source>
      <translation>Creating the private database cluster failed.</translation>
    </message>
    <message>
      <source>The private database server did not start.</source>
      <translation>The private database server did not start.</translation>
    </message>
    <message>
      <source>The private database server does not accept connections.</source>
      <translation>The private database server does not accept connections.</translation>
    </message>
    <message>
      <source>Socket: %1 (port %2)</source>
      <translation>Socket: %1 (port %2)</translation>
    </message>
    <message>
      <source>Cannot create the database %1 on the private server.</source>
      <translation>Cannot create the database %1 on the private server.</translation>
    </message>
    <message>
      <source>The private database server did not stop.</source>
      <translation>The private database server did not stop.</translation>
    </message>
    <message>
      <source>Server log (%1):</source>
      <translation>Server log (%1):</translation>
    </message>
  </context>
  <context>
    <name>saraban::MemberRole</name>
    <message>
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Head</translation>
    </message>
    <message>
      <source>Archivist</source>
      <translation>Archivist</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
  </context>
  <context>
    <name>saraban::Migrator</name>
    <message>
      <source>The migration file name %1 does not follow NNNN_name.sql.</source>
      <translation>The migration file name %1 does not follow NNNN_name.sql.</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>Cannot read %1: %2</translation>
    </message>
    <message>
      <source>Two migrations have the number %1.</source>
      <translation>Two migrations have the number %1.</translation>
    </message>
    <message>
      <source>The database has schema version %1, newer than this Saraban knows (%2). Install the newer Saraban that the server expects.</source>
      <translation>The database has schema version %1, newer than this Saraban knows (%2). Install the newer Saraban that the server expects.</translation>
    </message>
    <message>
      <source>Migration %1 (%2) on the server differs from the one in this Saraban. The database was set up by another build.</source>
      <translation>Migration %1 (%2) on the server differs from the one in this Saraban. The database was set up by another build.</translation>
    </message>
    <message>
      <source>Server checksum %1, ours %2</source>
      <translation>Server checksum %1, ours %2</translation>
    </message>
    <message>
      <source>Migration %1 (%2) failed; the database was left at version %3.</source>
      <translation>Migration %1 (%2) failed; the database was left at version %3.</translation>
    </message>
  </context>
  <context>
    <name>saraban::OrganisationService</name>
    <message>
      <source>The org chart file is empty.</source>
      <translation>The org chart file is empty.</translation>
    </message>
    <message>
      <source>The first line must be the header %1.</source>
      <translation>The first line must be the header %1.</translation>
    </message>
    <message>
      <source>Line %1 has %2 fields instead of %3.</source>
      <translation>Line %1 has %2 fields instead of %3.</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
    <message>
      <source>The units %1 are each other's parents.</source>
      <translation>The units %1 are each other's parents.</translation>
    </message>
    <message>
      <source>Unit %1: %2</source>
      <translation>Unit %1: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::PeopleService</name>
    <message>
      <source>The password must have at least %1 characters.</source>
      <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
      <source>The connection is not a PostgreSQL connection.</source>
      <translation>The connection is not a PostgreSQL connection.</translation>
    </message>
    <message>
      <source>Cannot encrypt the password: %1</source>
      <translation>Cannot encrypt the password: %1</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
  </context>
  <context>
    <name>saraban::RegisterModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>Letter date</translation>
    </message>
    <message>
      <source>From / to</source>
      <translation>From / to</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidentiality</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>saraban::RegisterService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
    <message>
      <source>There is no register %1 in unit %2, or you may not see it.</source>
      <translation>There is no register %1 in unit %2, or you may not see it.</translation>
    </message>
  </context>
  <context>
    <name>saraban::RoutingDemo</name>
    <message>
      <source>Routing letters to the divisions...</source>
      <translation>Routing letters to the divisions...</translation>
    </message>
    <message>
      <source>The demo's organisation is not complete: the department or its post division is missing.</source>
      <translation>The demo's organisation is not complete: the department or its post division is missing.</translation>
    </message>
    <message>
      <source>Routing the demo letters: %1</source>
      <translation>Routing the demo letters: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::RoutingService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>The server returned no result.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ServerError</name>
    <message>
      <source>Field: %1, rule: %2</source>
      <translation>Field: %1, rule: %2</translation>
    </message>
    <message>
      <source>You are not allowed to do this (the server refused: %1).</source>
      <translation>You are not allowed to do this (the server refused: %1).</translation>
    </message>
    <message>
      <source>The text is not valid UTF-8; nothing was saved.</source>
      <translation>The text is not valid UTF-8; nothing was saved.</translation>
    </message>
    <message>
      <source>The server had to cancel this because of a simultaneous change; please try again.</source>
      <translation>The server had to cancel this because of a simultaneous change; please try again.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ServerTools</name>
    <message>
      <source>Command: %1</source>
      <translation>Command: %1</translation>
    </message>
    <message>
      <source>The command could not start.</source>
      <translation>The command could not start.</translation>
    </message>
    <message>
      <source>The command timed out.</source>
      <translation>The command timed out.</translation>
    </message>
    <message>
      <source>Exit code: %1</source>
      <translation>Exit code: %1</translation>
    </message>
    <message>
      <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install the postgresql package.</source>
      <translation>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install the postgresql package.</translation>
    </message>
    <message>
      <source>Looked in: %1</source>
      <translation>Looked in: %1</translation>
    </message>
    <message>
      <source>Saraban runs as root, and PostgreSQL refuses to run as root, but there is no postgres system user to run it as.</source>
      <translation>Saraban runs as root, and PostgreSQL refuses to run as root, but there is no postgres system user to run it as.</translation>
    </message>
    <message>
      <source>Cannot give %1 to the postgres user: %2</source>
      <translation>Cannot give %1 to the postgres user: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::SignIn</name>
    <message>
      <source>The user name or the password is wrong. Check both (capital letters count) and try again.</source>
      <translation>The user name or the password is wrong. Check both (capital letters count) and try again.</translation>
    </message>
    <message>
      <source>The secure (TLS) connection to %1 failed: the server's certificate is not trusted, or the server and this profile disagree on TLS (mode: %2). Check the profile's TLS setting or ask the administrator.</source>
      <translation>The secure (TLS) connection to %1 failed: the server's certificate is not trusted, or the server and this profile disagree on TLS (mode: %2). Check the profile's TLS setting or ask the administrator.</translation>
    </message>
    <message>
      <source>The server does not let this user sign in from this computer. Ask the administrator.</source>
      <translation>The server does not let this user sign in from this computer. Ask the administrator.</translation>
    </message>
    <message>
      <source>The server at %1 has no database named "%2". Check the profile.</source>
      <translation>The server at %1 has no database named "%2". Check the profile.</translation>
    </message>
    <message>
      <source>The server at %1 cannot be reached. Check the network and the server's address and port, or try again in a moment.</source>
      <translation>The server at %1 cannot be reached. Check the network and the server's address and port, or try again in a moment.</translation>
    </message>
  </context>
  <context>
    <name>saraban::TimelineModel</name>
    <message>
      <source>registered as %1</source>
      <translation>registered as %1</translation>
    </message>
    <message>
      <source>sent to %1</source>
      <translation>sent to %1</translation>
    </message>
    <message>
      <source>acknowledged receipt</source>
      <translation>acknowledged receipt</translation>
    </message>
    <message>
      <source>forwarded</source>
      <translation>forwarded</translation>
    </message>
    <message>
      <source>returned to %1: %2</source>
      <translation>returned to %1: %2</translation>
    </message>
    <message>
      <source>completed: %1</source>
      <translation>completed: %1</translation>
    </message>
    <message>
      <source>recalled from %1</source>
      <translation>recalled from %1</translation>
    </message>
    <message>
      <source>endorsed: %1</source>
      <translation>endorsed: %1</translation>
    </message>
    <message>
      <source>commented: %1</source>
      <translation>commented: %1</translation>
    </message>
    <message>
      <source>Reminder to %1: due tomorrow</source>
      <translation>Reminder to %1: due tomorrow</translation>
    </message>
    <message>
      <source>Reminder to %1: overdue</source>
      <translation>Reminder to %1: overdue</translation>
    </message>
    <message>
      <source>%1 for %2</source>
      <translation>%1 for %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::admin</name>
    <message>
      <source>migrate takes no arguments.</source>
      <translation>migrate takes no arguments.</translation>
    </message>
    <message>
      <source>The schema is already at version %1; nothing to do.</source>
      <translation>The schema is already at version %1; nothing to do.</translation>
    </message>
    <message numerus="yes">
      <source>Applied %n migration(s); the schema is now at version %1.</source>
      <translation>
        <numerusform>Applied %n migration; the schema is now at version %1.</numerusform>
        <numerusform>Applied %n migrations; the schema is now at version %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>status takes no arguments.</source>
      <translation>status takes no arguments.</translation>
    </message>
    <message>
      <source>Connection:</source>
      <translation>Connection:</translation>
    </message>
    <message>
      <source>Server:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>User:</source>
      <translation>User:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Location:</translation>
    </message>
    <message>
      <source>Data directory:</source>
      <translation>Data directory:</translation>
    </message>
    <message>
      <source>Installation:</source>
      <translation>Installation:</translation>
    </message>
    <message>
      <source>(not set up yet)</source>
      <translation>(not set up yet)</translation>
    </message>
    <message>
      <source>version %1 (current)</source>
      <translation>version %1 (current)</translation>
    </message>
    <message>
      <source>version %1, newer than this saraban-admin (%2)</source>
      <translation>version %1, newer than this saraban-admin (%2)</translation>
    </message>
    <message>
      <source>version %1 of %2: run "saraban-admin migrate"</source>
      <translation>version %1 of %2: run "saraban-admin migrate"</translation>
    </message>
    <message>
      <source>Schema:</source>
      <translation>Schema:</translation>
    </message>
    <message>
      <source>Apply the schema migrations this version carries.</source>
      <translation>Apply the schema migrations this version carries.</translation>
    </message>
    <message>
      <source>Show the server, the schema version and where the data lives.</source>
      <translation>Show the server, the schema version and where the data lives.</translation>
    </message>
    <message>
      <source>Usage: saraban-admin [--db CONNINFO] [--lang lo|en] [--verbose] COMMAND</source>
      <translation>Usage: saraban-admin [--db CONNINFO] [--lang lo|en] [--verbose] COMMAND</translation>
    </message>
    <message>
      <source>Without --db (or SARABAN_DB), the command works on your private local server.</source>
      <translation>Without --db (or SARABAN_DB), the command works on your private local server.</translation>
    </message>
    <message>
      <source>Commands:</source>
      <translation>Commands:</translation>
    </message>
    <message>
      <source>%1 needs a value.</source>
      <translation>%1 needs a value.</translation>
    </message>
    <message>
      <source>Unknown option %1.</source>
      <translation>Unknown option %1.</translation>
    </message>
    <message>
      <source>Unknown language "%1": use lo or en.</source>
      <translation>Unknown language "%1": use lo or en.</translation>
    </message>
    <message>
      <source>No command given.</source>
      <translation>No command given.</translation>
    </message>
    <message>
      <source>Unknown command "%1".</source>
      <translation>Unknown command "%1".</translation>
    </message>
    <message>
      <source>audit needs: verify</source>
      <translation>audit needs: verify</translation>
    </message>
    <message>
      <source>Check that no audit record was changed, deleted or inserted.</source>
      <translation>Check that no audit record was changed, deleted or inserted.</translation>
    </message>
    <message>
      <source>No password on standard input.</source>
      <translation>No password on standard input.</translation>
    </message>
    <message>
      <source>Password for %1: </source>
      <translation>Password for %1: </translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>The same password again: </translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>Usage: saraban-admin %1</source>
      <translation>Usage: saraban-admin %1</translation>
    </message>
    <message>
      <source>demo takes only options.</source>
      <translation>demo takes only options.</translation>
    </message>
    <message>
      <source>The scale must be a number above 0.</source>
      <translation>The scale must be a number above 0.</translation>
    </message>
    <message>
      <source>The database already has data; the demo was not built.</source>
      <translation>The database already has data; the demo was not built.</translation>
    </message>
    <message>
      <source>Demo province built in %1 s: %2 units, %3 people, %4 registers, %5 outside organisations, %6 letters (%7 PDF files).</source>
      <translation>Demo province built in %1 s: %2 units, %3 people, %4 registers, %5 outside organisations, %6 letters (%7 PDF files).</translation>
    </message>
    <message>
      <source>Every demo user's password is "%1":</source>
      <translation>Every demo user's password is "%1":</translation>
    </message>
    <message>
      <source>Build a demo province with people, registers and letters.</source>
      <translation>Build a demo province with people, registers and letters.</translation>
    </message>
    <message>
      <source>org needs: import FILE.csv</source>
      <translation>org needs: import FILE.csv</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>Cannot read %1: %2</translation>
    </message>
    <message>
      <source>Imported %1: %2 unit(s) added, %3 updated.</source>
      <translation>Imported %1: %2 unit(s) added, %3 updated.</translation>
    </message>
    <message>
      <source>Import units (code,parent,kind,name_lo,name_en,abbreviation) from a CSV org chart.</source>
      <translation>Import units (code,parent,kind,name_lo,name_en,abbreviation) from a CSV org chart.</translation>
    </message>
    <message>
      <source>register needs: add</source>
      <translation>register needs: add</translation>
    </message>
    <message>
      <source>register add needs %1.</source>
      <translation>register add needs %1.</translation>
    </message>
    <message>
      <source>The direction must be incoming, outgoing or internal.</source>
      <translation>The direction must be incoming, outgoing or internal.</translation>
    </message>
    <message>
      <source>Added register %1 of unit %2 (%3).</source>
      <translation>Added register %1 of unit %2 (%3).</translation>
    </message>
    <message>
      <source>Add a register of letters to a unit.</source>
      <translation>Add a register of letters to a unit.</translation>
    </message>
    <message>
      <source>user needs: add, grant or disable, and a login.</source>
      <translation>user needs: add, grant or disable, and a login.</translation>
    </message>
    <message>
      <source>add needs --name, --unit and --role.</source>
      <translation>add needs --name, --unit and --role.</translation>
    </message>
    <message>
      <source>grant needs --unit and --role.</source>
      <translation>grant needs --unit and --role.</translation>
    </message>
    <message>
      <source>The role must be clerk, officer, head, archivist or admin.</source>
      <translation>The role must be clerk, officer, head, archivist or admin.</translation>
    </message>
    <message>
      <source>Unknown user action "%1".</source>
      <translation>Unknown user action "%1".</translation>
    </message>
    <message>
      <source>The clearance must be a number.</source>
      <translation>The clearance must be a number.</translation>
    </message>
    <message>
      <source>Added %1 as %2 in %3.</source>
      <translation>Added %1 as %2 in %3.</translation>
    </message>
    <message>
      <source>%1 is now also %2 in %3.</source>
      <translation>%1 is now also %2 in %3.</translation>
    </message>
    <message>
      <source>Disabled %1: the account can no longer sign in.</source>
      <translation>Disabled %1: the account can no longer sign in.</translation>
    </message>
    <message>
      <source>Add a person (password from standard input), give a role, disable.</source>
      <translation>Add a person (password from standard input), give a role, disable.</translation>
    </message>
    <message>
      <source>Signer:</source>
      <translation>Signer:</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Time:</translation>
    </message>
    <message>
      <source>Signed at:</source>
      <translation>Signed at:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>Integrity:</source>
      <translation>Integrity:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Certificate:</translation>
    </message>
    <message>
      <source>Issued by:</source>
      <translation>Issued by:</translation>
    </message>
    <message>
      <source>Valid:</source>
      <translation>Valid:</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 to %2</translation>
    </message>
    <message>
      <source>The certificate is self-signed.</source>
      <translation>The certificate is self-signed.</translation>
    </message>
    <message>
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <source>Coverage:</source>
      <translation>Coverage:</translation>
    </message>
    <message>
      <source>verify needs at least one PDF file.</source>
      <translation>verify needs at least one PDF file.</translation>
    </message>
    <message>
      <source>No certificate authority is trusted yet (%1).</source>
      <translation>No certificate authority is trusted yet (%1).</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Subject:</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>Valid until:</translation>
    </message>
    <message>
      <source>Usage: trust add FILE [--name NAME]</source>
      <translation>Usage: trust add FILE [--name NAME]</translation>
    </message>
    <message>
      <source>Signatures by certificates from "%1" are now trusted.</source>
      <translation>Signatures by certificates from "%1" are now trusted.</translation>
    </message>
    <message>
      <source>Certificates revoked in %1 are now shown as revoked.</source>
      <translation>Certificates revoked in %1 are now shown as revoked.</translation>
    </message>
    <message>
      <source>"%1" is no longer trusted.</source>
      <translation>"%1" is no longer trusted.</translation>
    </message>
    <message>
      <source>Usage: trust add FILE [--name NAME] | add-crl FILE | list | remove NAME</source>
      <translation>Usage: trust add FILE [--name NAME] | add-crl FILE | list | remove NAME</translation>
    </message>
    <message>
      <source>Check the signatures of PDF files: exit 0 only when every file is signed, every signature is valid and trusted, and nothing changed after signing.</source>
      <translation>Check the signatures of PDF files: exit 0 only when every file is signed, every signature is valid and trusted, and nothing changed after signing.</translation>
    </message>
    <message>
      <source>Manage the certificate authorities trusted for signatures.</source>
      <translation>Manage the certificate authorities trusted for signatures.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Cannot read %1.</translation>
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation>Cannot write %1.</translation>
    </message>
    <message>
      <source>Password of %1: </source>
      <translation>Password of %1: </translation>
    </message>
    <message>
      <source>Password of Saraban's key store: </source>
      <translation>Password of Saraban's key store: </translation>
    </message>
    <message>
      <source>Can now sign as "%1".</source>
      <translation>Can now sign as "%1".</translation>
    </message>
    <message>
      <source>No signing certificate yet (%1).</source>
      <translation>No signing certificate yet (%1).</translation>
    </message>
    <message>
      <source>signer needs: import FILE or list.</source>
      <translation>signer needs: import FILE or list.</translation>
    </message>
    <message>
      <source>document needs an action, an input and an output.</source>
      <translation>document needs an action, an input and an output.</translation>
    </message>
    <message>
      <source>%1 is not a JSON object.</source>
      <translation>%1 is not a JSON object.</translation>
    </message>
    <message>
      <source>sign needs --cert.</source>
      <translation>sign needs --cert.</translation>
    </message>
    <message>
      <source>Password or PIN of the certificate: </source>
      <translation>Password or PIN of the certificate: </translation>
    </message>
    <message>
      <source>stamp needs --unit and --number.</source>
      <translation>stamp needs --unit and --number.</translation>
    </message>
    <message>
      <source>endorse needs --text and --head.</source>
      <translation>endorse needs --text and --head.</translation>
    </message>
    <message>
      <source>Unknown document action "%1".</source>
      <translation>Unknown document action "%1".</translation>
    </message>
    <message>
      <source>Import your signing certificate (PKCS#12) into Saraban's key store.</source>
      <translation>Import your signing certificate (PKCS#12) into Saraban's key store.</translation>
    </message>
    <message>
      <source>Compose a letter as PDF, sign it, or add a received stamp or an endorsement as a new revision.</source>
      <translation>Compose a letter as PDF, sign it, or add a received stamp or an endorsement as a new revision.</translation>
    </message>
    <message>
      <source>reminders takes no arguments</source>
      <translation>reminders takes no arguments</translation>
    </message>
    <message numerus="yes">
      <source>%n reminder(s) sent.</source>
      <translation>
        <numerusform>%n reminder sent.</numerusform>
        <numerusform>%n reminders sent.</numerusform>
      </translation>
    </message>
    <message>
      <source>timeline needs a letter id</source>
      <translation>timeline needs a letter id</translation>
    </message>
    <message>
      <source>Send the routing reminders that are due (for cron).</source>
      <translation>Send the routing reminders that are due (for cron).</translation>
    </message>
    <message>
      <source>Show a letter's history: every movement, decision and comment.</source>
      <translation>Show a letter's history: every movement, decision and comment.</translation>
    </message>
    <message>
      <source>"%1" in the template file: %2</source>
      <translation>"%1" in the template file: %2</translation>
    </message>
    <message>
      <source>must be text</source>
      <translation>must be text</translation>
    </message>
    <message>
      <source>must be a list of lines</source>
      <translation>must be a list of lines</translation>
    </message>
    <message>
      <source>must be [x, y, width, height]</source>
      <translation>must be [x, y, width, height]</translation>
    </message>
    <message>
      <source>template needs: show, or set FILE.json</source>
      <translation>template needs: show, or set FILE.json</translation>
    </message>
    <message>
      <source>template needs --unit.</source>
      <translation>template needs --unit.</translation>
    </message>
    <message>
      <source>%1 is not a JSON object (%2 at byte %3).</source>
      <translation>%1 is not a JSON object (%2 at byte %3).</translation>
    </message>
    <message>
      <source>There is no unit with the code %1.</source>
      <translation>There is no unit with the code %1.</translation>
    </message>
    <message>
      <source>Unit %1 and the units above it have no template "%2"; letters use the defaults below.</source>
      <translation>Unit %1 and the units above it have no template "%2"; letters use the defaults below.</translation>
    </message>
    <message>
      <source>Saved the letter template "%1" of unit %2.</source>
      <translation>Saved the letter template "%1" of unit %2.</translation>
    </message>
    <message>
      <source>Show or change a unit's letter template (header, issuer, place).</source>
      <translation>Show or change a unit's letter template (header, issuer, place).</translation>
    </message>
  </context>
  <context>
    <name>saraban::db</name>
    <message>
      <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
      <translation>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
      <source>The connection option %1 must not contain ';'.</source>
      <translation>The connection option %1 must not contain ';'.</translation>
    </message>
    <message>
      <source>Cannot connect to %1: %2</source>
      <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
      <source>The connection is not a PostgreSQL connection.</source>
      <translation>The connection is not a PostgreSQL connection.</translation>
    </message>
    <message>
      <source>
(at line %1 of the script)</source>
      <translation>
(at line %1 of the script)</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::DocumentTools</name>
    <message>
      <source>The password or PIN of the certificate is wrong.</source>
      <translation>The password or PIN of the certificate is wrong.</translation>
    </message>
    <message>
      <source>The certificate is not in Saraban's key store or on a connected token.</source>
      <translation>The certificate is not in Saraban's key store or on a connected token.</translation>
    </message>
    <message>
      <source>Saraban's key store has no certificate to sign with yet: import one first.</source>
      <translation>Saraban's key store has no certificate to sign with yet: import one first.</translation>
    </message>
    <message>
      <source>The document could not be signed.</source>
      <translation>The document could not be signed.</translation>
    </message>
    <message>
      <source>No Lao font is installed (Debian package fonts-lao or fonts-noto-core).</source>
      <translation>No Lao font is installed (Debian package fonts-lao or fonts-noto-core).</translation>
    </message>
    <message>
      <source>The letter could not be written as PDF.</source>
      <translation>The letter could not be written as PDF.</translation>
    </message>
    <message>
      <source>The stamp could not be added to the document.</source>
      <translation>The stamp could not be added to the document.</translation>
    </message>
    <message>
      <source>Producing the document took too long and was stopped.</source>
      <translation>Producing the document took too long and was stopped.</translation>
    </message>
    <message>
      <source>The file is too large.</source>
      <translation>The file is too large.</translation>
    </message>
    <message>
      <source>Saraban's document helper could not be started.</source>
      <translation>Saraban's document helper could not be started.</translation>
    </message>
    <message>
      <source>Saraban's document helper stopped while working on this file.</source>
      <translation>Saraban's document helper stopped while working on this file.</translation>
    </message>
    <message>
      <source>The file could not be read as a PDF.</source>
      <translation>The file could not be read as a PDF.</translation>
    </message>
    <message>
      <source>Saraban's document helper gave an answer it does not understand.</source>
      <translation>Saraban's document helper gave an answer it does not understand.</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::KeyStore</name>
    <message>
      <source>The program %1 is not installed (Debian package libnss3-tools).</source>
      <translation>The program %1 is not installed (Debian package libnss3-tools).</translation>
    </message>
    <message>
      <source>The program %1 did not finish.</source>
      <translation>The program %1 did not finish.</translation>
    </message>
    <message>
      <source>Cannot create the key store folder %1.</source>
      <translation>Cannot create the key store folder %1.</translation>
    </message>
    <message>
      <source>Cannot create the key store in %1.</source>
      <translation>Cannot create the key store in %1.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Cannot read %1.</translation>
    </message>
    <message>
      <source>The key store needs a password: it protects your signing keys.</source>
      <translation>The key store needs a password: it protects your signing keys.</translation>
    </message>
    <message>
      <source>Cannot write a temporary file.</source>
      <translation>Cannot write a temporary file.</translation>
    </message>
    <message>
      <source>The password of Saraban's key store is wrong.</source>
      <translation>The password of Saraban's key store is wrong.</translation>
    </message>
    <message>
      <source>The password of %1 is wrong, or it is not a PKCS#12 file.</source>
      <translation>The password of %1 is wrong, or it is not a PKCS#12 file.</translation>
    </message>
    <message>
      <source>Cannot import %1.</source>
      <translation>Cannot import %1.</translation>
    </message>
    <message>
      <source>Cannot read the key store.</source>
      <translation>Cannot read the key store.</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::PdfDocument</name>
    <message>
      <source>it cannot be opened (%1)</source>
      <translation>it cannot be opened (%1)</translation>
    </message>
    <message>
      <source>it is larger than %1 MB</source>
      <translation>it is larger than %1 MB</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>the file is empty</translation>
    </message>
    <message>
      <source>it is not a PDF file, or it is damaged</source>
      <translation>it is not a PDF file, or it is damaged</translation>
    </message>
    <message>
      <source>it has no pages</source>
      <translation>it has no pages</translation>
    </message>
    <message>
      <source>it is protected by a password</source>
      <translation>it is protected by a password</translation>
    </message>
    <message>
      <source>it is encrypted in a way Saraban cannot open (for certificates, not with a password)</source>
      <translation>it is encrypted in a way Saraban cannot open (for certificates, not with a password)</translation>
    </message>
    <message>
      <source>the PDF reader stopped unexpectedly on this file</source>
      <translation>the PDF reader stopped unexpectedly on this file</translation>
    </message>
    <message>
      <source>reading it took longer than %1 seconds</source>
      <translation>reading it took longer than %1 seconds</translation>
    </message>
    <message>
      <source>drawing the page took too long</source>
      <translation>drawing the page took too long</translation>
    </message>
    <message>
      <source>reading was cancelled</source>
      <translation>reading was cancelled</translation>
    </message>
    <message>
      <source>the PDF helper program could not be started</source>
      <translation>the PDF helper program could not be started</translation>
    </message>
    <message>
      <source>the page does not exist</source>
      <translation>the page does not exist</translation>
    </message>
    <message>
      <source>the page cannot be drawn</source>
      <translation>the page cannot be drawn</translation>
    </message>
    <message>
      <source>an unexpected error (%1)</source>
      <translation>an unexpected error (%1)</translation>
    </message>
    <message>
      <source>The file could not be read: %1.</source>
      <translation>The file could not be read: %1.</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::SignatureModel</name>
    <message>
      <source>%1 (not signed)</source>
      <translation>%1 (not signed)</translation>
    </message>
    <message>
      <source>%1 · revision %2 of %3</source>
      <translation>%1 · revision %2 of %3</translation>
    </message>
    <message>
      <source>Signer</source>
      <translation>Signer</translation>
    </message>
    <message>
      <source>Signed at</source>
      <translation>Signed at</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>Coverage</translation>
    </message>
    <message>
      <source>Field:</source>
      <translation>Field:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <source>Verdict:</source>
      <translation>Verdict:</translation>
    </message>
    <message>
      <source>Signer:</source>
      <translation>Signer:</translation>
    </message>
    <message>
      <source>Distinguished name:</source>
      <translation>Distinguished name:</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Time:</translation>
    </message>
    <message>
      <source>Signing time:</source>
      <translation>Signing time:</translation>
    </message>
    <message>
      <source>(as the signature states it)</source>
      <translation>(as the signature states it)</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Location:</translation>
    </message>
    <message>
      <source>Integrity:</source>
      <translation>Integrity:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Certificate:</translation>
    </message>
    <message>
      <source>Coverage:</source>
      <translation>Coverage:</translation>
    </message>
    <message>
      <source>Certification:</source>
      <translation>Certification:</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <source>Hash algorithm:</source>
      <translation>Hash algorithm:</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Subject:</translation>
    </message>
    <message>
      <source>Issuer:</source>
      <translation>Issuer:</translation>
    </message>
    <message>
      <source>Valid from:</source>
      <translation>Valid from:</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>Valid until:</translation>
    </message>
    <message>
      <source>Self-signed:</source>
      <translation>Self-signed:</translation>
    </message>
    <message>
      <source>yes: the certificate vouches only for itself</source>
      <translation>yes: the certificate vouches only for itself</translation>
    </message>
    <message>
      <source>Serial number:</source>
      <translation>Serial number:</translation>
    </message>
    <message>
      <source>Public key:</source>
      <translation>Public key:</translation>
    </message>
    <message>
      <source>%1, %2 bits</source>
      <translation>%1, %2 bits</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint:</source>
      <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
      <source>SHA-1 fingerprint:</source>
      <translation>SHA-1 fingerprint:</translation>
    </message>
    <message>
      <source>Technical detail:</source>
      <translation>Technical detail:</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::SignatureText</name>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Document timestamp</source>
      <translation>Document timestamp</translation>
    </message>
    <message>
      <source>Empty signature field</source>
      <translation>Empty signature field</translation>
    </message>
    <message>
      <source>The signature matches the signed content.</source>
      <translation>The signature matches the signed content.</translation>
    </message>
    <message>
      <source>The signed content was changed after signing.</source>
      <translation>The signed content was changed after signing.</translation>
    </message>
    <message>
      <source>The signature does not match the signed content.</source>
      <translation>The signature does not match the signed content.</translation>
    </message>
    <message>
      <source>The signature data is damaged and cannot be read.</source>
      <translation>The signature data is damaged and cannot be read.</translation>
    </message>
    <message>
      <source>Saraban cannot check this kind of signature.</source>
      <translation>Saraban cannot check this kind of signature.</translation>
    </message>
    <message>
      <source>Not checked.</source>
      <translation>Not checked.</translation>
    </message>
    <message>
      <source>The certificate was issued by a trusted authority.</source>
      <translation>The certificate was issued by a trusted authority.</translation>
    </message>
    <message>
      <source>The certificate has expired, but it was valid and trusted at the signing time the signature states.</source>
      <translation>The certificate has expired, but it was valid and trusted at the signing time the signature states.</translation>
    </message>
    <message>
      <source>The certificate has expired, and it was not valid at the signing time the signature states.</source>
      <translation>The certificate has expired, and it was not valid at the signing time the signature states.</translation>
    </message>
    <message>
      <source>The certificate is not valid yet.</source>
      <translation>The certificate is not valid yet.</translation>
    </message>
    <message>
      <source>The certificate's issuer is marked as not trusted.</source>
      <translation>The certificate's issuer is marked as not trusted.</translation>
    </message>
    <message>
      <source>The certificate was not issued by an authority Saraban trusts.</source>
      <translation>The certificate was not issued by an authority Saraban trusts.</translation>
    </message>
    <message>
      <source>The certificate has been revoked.</source>
      <translation>The certificate has been revoked.</translation>
    </message>
    <message>
      <source>The certificate or its chain is not valid.</source>
      <translation>The certificate or its chain is not valid.</translation>
    </message>
    <message>
      <source>The certificate was not checked.</source>
      <translation>The certificate was not checked.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>Signer not trusted</source>
      <translation>Signer not trusted</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>Invalid</translation>
    </message>
    <message>
      <source>Cannot be verified</source>
      <translation>Cannot be verified</translation>
    </message>
    <message>
      <source>Not signed</source>
      <translation>Not signed</translation>
    </message>
    <message>
      <source>This document is not signed.</source>
      <translation>This document is not signed.</translation>
    </message>
    <message>
      <source>This document has signature fields, but nobody has signed it yet.</source>
      <translation>This document has signature fields, but nobody has signed it yet.</translation>
    </message>
    <message>
      <source>All signatures are valid, and the document has not changed since it was signed.</source>
      <translation>All signatures are valid, and the document has not changed since it was signed.</translation>
    </message>
    <message>
      <source>The document has not changed since it was signed, but not every signer is trusted.</source>
      <translation>The document has not changed since it was signed, but not every signer is trusted.</translation>
    </message>
    <message>
      <source>Some signatures cannot be verified.</source>
      <translation>Some signatures cannot be verified.</translation>
    </message>
    <message>
      <source>The document was changed after it was signed.</source>
      <translation>The document was changed after it was signed.</translation>
    </message>
    <message>
      <source>At least one signature is invalid.</source>
      <translation>At least one signature is invalid.</translation>
    </message>
    <message>
      <source>Covers the whole document.</source>
      <translation>Covers the whole document.</translation>
    </message>
    <message>
      <source>Covers revision %1 of %2: the document was changed after this signature.</source>
      <translation>Covers revision %1 of %2: the document was changed after this signature.</translation>
    </message>
    <message>
      <source>The signed byte ranges leave out more than the signature itself.</source>
      <translation>The signed byte ranges leave out more than the signature itself.</translation>
    </message>
    <message>
      <source>Covers only the first %1 of %2 bytes; the rest of the file is not signed.</source>
      <translation>Covers only the first %1 of %2 bytes; the rest of the file is not signed.</translation>
    </message>
    <message>
      <source>The signed byte ranges are irregular, so it is not clear what was signed.</source>
      <translation>The signed byte ranges are irregular, so it is not clear what was signed.</translation>
    </message>
    <message>
      <source>The signed byte ranges point outside the file.</source>
      <translation>The signed byte ranges point outside the file.</translation>
    </message>
    <message>
      <source>Nothing is signed.</source>
      <translation>Nothing is signed.</translation>
    </message>
    <message>
      <source>The signatures cover revision %1 of %2. Open the signed version to see exactly what was signed.</source>
      <translation>The signatures cover revision %1 of %2. Open the signed version to see exactly what was signed.</translation>
    </message>
    <message>
      <source>No intact signature covers the document.</source>
      <translation>No intact signature covers the document.</translation>
    </message>
    <message>
      <source>Valid: %1, signer not trusted: %2, invalid: %3, cannot be verified: %4.</source>
      <translation>Valid: %1, signer not trusted: %2, invalid: %3, cannot be verified: %4.</translation>
    </message>
    <message>
      <source>Certified: no changes are allowed.</source>
      <translation>Certified: no changes are allowed.</translation>
    </message>
    <message>
      <source>Certified: filling in forms and signing are allowed.</source>
      <translation>Certified: filling in forms and signing are allowed.</translation>
    </message>
    <message>
      <source>Certified: filling in forms, signing and comments are allowed.</source>
      <translation>Certified: filling in forms, signing and comments are allowed.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::TrustStore</name>
    <message>
      <source>The program %1 is not installed (Debian packages libnss3-tools and openssl).</source>
      <translation>The program %1 is not installed (Debian packages libnss3-tools and openssl).</translation>
    </message>
    <message>
      <source>The program %1 did not finish.</source>
      <translation>The program %1 did not finish.</translation>
    </message>
    <message>
      <source>Cannot create the trust store folder %1.</source>
      <translation>Cannot create the trust store folder %1.</translation>
    </message>
    <message>
      <source>Cannot create the trust store in %1.</source>
      <translation>Cannot create the trust store in %1.</translation>
    </message>
    <message>
      <source>Cannot read the trust store.</source>
      <translation>Cannot read the trust store.</translation>
    </message>
    <message>
      <source>The trust store has no certificate named "%1".</source>
      <translation>The trust store has no certificate named "%1".</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Cannot read %1.</translation>
    </message>
    <message>
      <source>%1 is not a certificate.</source>
      <translation>%1 is not a certificate.</translation>
    </message>
    <message>
      <source>%1 is not the certificate of a certificate authority, so it cannot be trusted to vouch for signers.</source>
      <translation>%1 is not the certificate of a certificate authority, so it cannot be trusted to vouch for signers.</translation>
    </message>
    <message>
      <source>The trust store already has a certificate named "%1".</source>
      <translation>The trust store already has a certificate named "%1".</translation>
    </message>
    <message>
      <source>Cannot add %1 to the trust store.</source>
      <translation>Cannot add %1 to the trust store.</translation>
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation>Cannot write %1.</translation>
    </message>
    <message>
      <source>%1 is not a revocation list from a trusted authority.</source>
      <translation>%1 is not a revocation list from a trusted authority.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::AboutDialog</name>
    <message>
      <source>About Saraban</source>
      <translation>About Saraban</translation>
    </message>
    <message>
      <source>Saraban</source>
      <translation>Saraban</translation>
    </message>
    <message>
      <source>Correspondence and document workflow for Lao government offices: registers, routing, approvals and signed documents.</source>
      <translation>Correspondence and document workflow for Lao government offices: registers, routing, approvals and signed documents.</translation>
    </message>
    <message>
      <source>Built with Qt %1. Connected to: %2</source>
      <translation>Built with Qt %1. Connected to: %2</translation>
    </message>
    <message>
      <source>Free software under the GNU General Public License, version 3 or later.</source>
      <translation>Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ActingDialog</name>
    <message>
      <source>Appoint an acting head</source>
      <translation>Appoint an acting head</translation>
    </message>
    <message>
      <source>Appoint</source>
      <translation>Appoint</translation>
    </message>
    <message>
      <source>Why: a mission, leave, a meeting…</source>
      <translation>Why: a mission, leave, a meeting…</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>&amp;Acting person:</source>
      <translation>&amp;Acting person:</translation>
    </message>
    <message>
      <source>&amp;First day:</source>
      <translation>&amp;First day:</translation>
    </message>
    <message>
      <source>&amp;Last day:</source>
      <translation>&amp;Last day:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>(choose a person)</source>
      <translation>(choose a person)</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>Unit: only the head of a unit can appoint an acting head, and you head none.</source>
      <translation>Unit: only the head of a unit can appoint an acting head, and you head none.</translation>
    </message>
    <message>
      <source>Acting person: choose who decides in your place.</source>
      <translation>Acting person: choose who decides in your place.</translation>
    </message>
    <message>
      <source>First day: it cannot be in the past.</source>
      <translation>First day: it cannot be in the past.</translation>
    </message>
    <message>
      <source>Last day: it cannot be before the first day.</source>
      <translation>Last day: it cannot be before the first day.</translation>
    </message>
    <message>
      <source>Last day: an acting appointment lasts at most %1 days.</source>
      <translation>Last day: an acting appointment lasts at most %1 days.</translation>
    </message>
    <message>
      <source>Note: at most %1 characters, now %2.</source>
      <translation>Note: at most %1 characters, now %2.</translation>
    </message>
    <message>
      <source>First day: %1</source>
      <translation>First day: %1</translation>
    </message>
    <message>
      <source>Last day: %1</source>
      <translation>Last day: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::DecisionDialog</name>
    <message>
      <source>Return the letter</source>
      <translation>Return the letter</translation>
    </message>
    <message>
      <source>&amp;Why do you return it? The sender reads this.</source>
      <translation>&amp;Why do you return it? The sender reads this.</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>Complete the letter</source>
      <translation>Complete the letter</translation>
    </message>
    <message>
      <source>&amp;Outcome: what was done (a reply sent, filed, for information).</source>
      <translation>&amp;Outcome: what was done (a reply sent, filed, for information).</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Complete</translation>
    </message>
    <message>
      <source>Recall the letter</source>
      <translation>Recall the letter</translation>
    </message>
    <message>
      <source>&amp;Reason for recalling it (optional).</source>
      <translation>&amp;Reason for recalling it (optional).</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>Recall</translation>
    </message>
    <message>
      <source>Endorse the letter</source>
      <translation>Endorse the letter</translation>
    </message>
    <message>
      <source>&amp;Instruction: who handles it and how.</source>
      <translation>&amp;Instruction: who handles it and how.</translation>
    </message>
    <message>
      <source>Endorse</source>
      <translation>Endorse</translation>
    </message>
    <message>
      <source>Comment on the letter</source>
      <translation>Comment on the letter</translation>
    </message>
    <message>
      <source>&amp;Comment, for everyone who follows the letter.</source>
      <translation>&amp;Comment, for everyone who follows the letter.</translation>
    </message>
    <message>
      <source>Add comment</source>
      <translation>Add comment</translation>
    </message>
    <message>
      <source>Approve the draft</source>
      <translation>Approve the draft</translation>
    </message>
    <message>
      <source>&amp;Comment (optional).</source>
      <translation>&amp;Comment (optional).</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>Send the draft back one step</source>
      <translation>Send the draft back one step</translation>
    </message>
    <message>
      <source>&amp;What must change? The previous step reads this.</source>
      <translation>&amp;What must change? The previous step reads this.</translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>Send back</translation>
    </message>
    <message>
      <source>Return the draft to its drafter</source>
      <translation>Return the draft to its drafter</translation>
    </message>
    <message>
      <source>&amp;What must change? The drafter reads this.</source>
      <translation>&amp;What must change? The drafter reads this.</translation>
    </message>
    <message>
      <source>Return to drafter</source>
      <translation>Return to drafter</translation>
    </message>
    <message>
      <source>The text is required: write at least a few words.</source>
      <translation>The text is required: write at least a few words.</translation>
    </message>
    <message>
      <source>The text is too long: at most %1 characters, now %2.</source>
      <translation>The text is too long: at most %1 characters, now %2.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::DraftDialog</name>
    <message>
      <source>Revise the draft</source>
      <translation>Revise the draft</translation>
    </message>
    <message>
      <source>New outgoing draft</source>
      <translation>New outgoing draft</translation>
    </message>
    <message>
      <source>Save the new version</source>
      <translation>Save the new version</translation>
    </message>
    <message>
      <source>Create the draft</source>
      <translation>Create the draft</translation>
    </message>
    <message>
      <source>(no type)</source>
      <translation>(no type)</translation>
    </message>
    <message>
      <source>What the letter is about (ເລື່ອງ)</source>
      <translation>What the letter is about (ເລື່ອງ)</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>T&amp;ype, urgency, confidentiality:</source>
      <translation>T&amp;ype, urgency, confidentiality:</translation>
    </message>
    <message>
      <source>&amp;Subject:</source>
      <translation>&amp;Subject:</translation>
    </message>
    <message>
      <source>&amp;Compose from the unit's letter template</source>
      <translation>&amp;Compose from the unit's letter template</translation>
    </message>
    <message>
      <source>Attach an existing &amp;PDF instead</source>
      <translation>Attach an existing &amp;PDF instead</translation>
    </message>
    <message>
      <source>ຮຽນ: to whom the letter is addressed</source>
      <translation>ຮຽນ: to whom the letter is addressed</translation>
    </message>
    <message>
      <source>ວ່າດ້ວຍ: only when the document type uses it</source>
      <translation>ວ່າດ້ວຍ: only when the document type uses it</translation>
    </message>
    <message>
      <source>ອີງຕາມ: a law, decree or letter this one rests on</source>
      <translation>ອີງຕາມ: a law, decree or letter this one rests on</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>Re&amp;move</translation>
    </message>
    <message>
      <source>One paragraph per line.</source>
      <translation>One paragraph per line.</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>&amp;Document title:</source>
      <translation>&amp;Document title:</translation>
    </message>
    <message>
      <source>C&amp;oncerning:</source>
      <translation>C&amp;oncerning:</translation>
    </message>
    <message>
      <source>&amp;References:</source>
      <translation>&amp;References:</translation>
    </message>
    <message>
      <source>&amp;Body:</source>
      <translation>&amp;Body:</translation>
    </message>
    <message>
      <source>Signatory's t&amp;itle:</source>
      <translation>Signatory's t&amp;itle:</translation>
    </message>
    <message>
      <source>Signatory's &amp;name:</source>
      <translation>Signatory's &amp;name:</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>No file chosen.</translation>
    </message>
    <message>
      <source>C&amp;hoose the PDF…</source>
      <translation>C&amp;hoose the PDF…</translation>
    </message>
    <message>
      <source>What changed in this version</source>
      <translation>What changed in this version</translation>
    </message>
    <message>
      <source>&amp;What changed:</source>
      <translation>&amp;What changed:</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>Pre&amp;view</translation>
    </message>
    <message>
      <source>Press Preview to see the letter's first page.</source>
      <translation>Press Preview to see the letter's first page.</translation>
    </message>
    <message>
      <source>%1 (version %2)</source>
      <translation>%1 (version %2)</translation>
    </message>
    <message>
      <source>Choose the draft's PDF</source>
      <translation>Choose the draft's PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>%1 (pages: %2)</source>
      <translation>%1 (pages: %2)</translation>
    </message>
    <message>
      <source>The preview cannot be shown: %1</source>
      <translation>The preview cannot be shown: %1</translation>
    </message>
    <message>
      <source>Composing the letter…</source>
      <translation>Composing the letter…</translation>
    </message>
    <message>
      <source>The letter cannot be composed: %1</source>
      <translation>The letter cannot be composed: %1</translation>
    </message>
    <message>
      <source>Unit: you draft for no unit; only a clerk, officer or head of a unit may draft its letters.</source>
      <translation>Unit: you draft for no unit; only a clerk, officer or head of a unit may draft its letters.</translation>
    </message>
    <message>
      <source>Confidentiality: at most your own clearance.</source>
      <translation>Confidentiality: at most your own clearance.</translation>
    </message>
    <message>
      <source>Subject: write what the letter is about.</source>
      <translation>Subject: write what the letter is about.</translation>
    </message>
    <message>
      <source>Subject: remove the control characters.</source>
      <translation>Subject: remove the control characters.</translation>
    </message>
    <message>
      <source>Subject: at most %1 characters (now %2).</source>
      <translation>Subject: at most %1 characters (now %2).</translation>
    </message>
    <message>
      <source>To: write to whom the letter is addressed.</source>
      <translation>To: write to whom the letter is addressed.</translation>
    </message>
    <message>
      <source>Body: write at least one paragraph.</source>
      <translation>Body: write at least one paragraph.</translation>
    </message>
    <message>
      <source>Signatory's name: write who signs the letter.</source>
      <translation>Signatory's name: write who signs the letter.</translation>
    </message>
    <message>
      <source>File: this file cannot be used: %1</source>
      <translation>File: this file cannot be used: %1</translation>
    </message>
    <message>
      <source>File: choose the draft's PDF.</source>
      <translation>File: choose the draft's PDF.</translation>
    </message>
    <message>
      <source>File: the PDF is still being read.</source>
      <translation>File: the PDF is still being read.</translation>
    </message>
    <message>
      <source>File: its name is too long: at most %1 characters.</source>
      <translation>File: its name is too long: at most %1 characters.</translation>
    </message>
    <message>
      <source>What changed: remove the control characters.</source>
      <translation>What changed: remove the control characters.</translation>
    </message>
    <message>
      <source>What changed: at most %1 characters (now %2).</source>
      <translation>What changed: at most %1 characters (now %2).</translation>
    </message>
    <message>
      <source>Letter text: too long: at most 1 MB in all.</source>
      <translation>Letter text: too long: at most 1 MB in all.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::InboxPage</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>&amp;Acknowledge</source>
      <translation>&amp;Acknowledge</translation>
    </message>
    <message>
      <source>Record that you have received it</source>
      <translation>Record that you have received it</translation>
    </message>
    <message>
      <source>&amp;Forward…</source>
      <translation>&amp;Forward…</translation>
    </message>
    <message>
      <source>Pass it on to people or units</source>
      <translation>Pass it on to people or units</translation>
    </message>
    <message>
      <source>Re&amp;turn…</source>
      <translation>Re&amp;turn…</translation>
    </message>
    <message>
      <source>Give it back to the sender, with the reason</source>
      <translation>Give it back to the sender, with the reason</translation>
    </message>
    <message>
      <source>&amp;Complete…</source>
      <translation>&amp;Complete…</translation>
    </message>
    <message>
      <source>Close your part, with the outcome</source>
      <translation>Close your part, with the outcome</translation>
    </message>
    <message>
      <source>Reca&amp;ll…</source>
      <translation>Reca&amp;ll…</translation>
    </message>
    <message>
      <source>Take back what you sent before it is opened</source>
      <translation>Take back what you sent before it is opened</translation>
    </message>
    <message>
      <source>&amp;Endorse…</source>
      <translation>&amp;Endorse…</translation>
    </message>
    <message>
      <source>Write the head's instruction on the letter</source>
      <translation>Write the head's instruction on the letter</translation>
    </message>
    <message>
      <source>Co&amp;mment…</source>
      <translation>Co&amp;mment…</translation>
    </message>
    <message>
      <source>Add a comment to the letter's history</source>
      <translation>Add a comment to the letter's history</translation>
    </message>
    <message>
      <source>A&amp;pprove…</source>
      <translation>A&amp;pprove…</translation>
    </message>
    <message>
      <source>Approve this step of the draft</source>
      <translation>Approve this step of the draft</translation>
    </message>
    <message>
      <source>Send &amp;back…</source>
      <translation>Send &amp;back…</translation>
    </message>
    <message>
      <source>Reject the draft to the previous step</source>
      <translation>Reject the draft to the previous step</translation>
    </message>
    <message>
      <source>Return to &amp;drafter…</source>
      <translation>Return to &amp;drafter…</translation>
    </message>
    <message>
      <source>Reject the draft back to its drafter</source>
      <translation>Reject the draft back to its drafter</translation>
    </message>
    <message>
      <source>&amp;Submit…</source>
      <translation>&amp;Submit…</translation>
    </message>
    <message>
      <source>Send the draft into its approval chain</source>
      <translation>Send the draft into its approval chain</translation>
    </message>
    <message>
      <source>Appoint an acting &amp;head…</source>
      <translation>Appoint an acting &amp;head…</translation>
    </message>
    <message>
      <source>Name who decides in your place while you are away</source>
      <translation>Name who decides in your place while you are away</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Read the folder again</source>
      <translation>Read the folder again</translation>
    </message>
    <message>
      <source>The connection to the server is lost; nothing was done. Try again once it is back.</source>
      <translation>The connection to the server is lost; nothing was done. Try again once it is back.</translation>
    </message>
    <message>
      <source>S&amp;tamp as received…</source>
      <translation>S&amp;tamp as received…</translation>
    </message>
    <message>
      <source>Draw the received stamp onto the letter's file</source>
      <translation>Draw the received stamp onto the letter's file</translation>
    </message>
    <message>
      <source>&amp;New draft…</source>
      <translation>&amp;New draft…</translation>
    </message>
    <message>
      <source>Start an outgoing letter or memo</source>
      <translation>Start an outgoing letter or memo</translation>
    </message>
    <message>
      <source>Re&amp;vise…</source>
      <translation>Re&amp;vise…</translation>
    </message>
    <message>
      <source>Make a new version of the draft</source>
      <translation>Make a new version of the draft</translation>
    </message>
    <message>
      <source>&amp;Issue…</source>
      <translation>&amp;Issue…</translation>
    </message>
    <message>
      <source>Number the approved letter in an outgoing register and record how it is sent</source>
      <translation>Number the approved letter in an outgoing register and record how it is sent</translation>
    </message>
    <message>
      <source>Write the &amp;number on the PDF</source>
      <translation>Write the &amp;number on the PDF</translation>
    </message>
    <message>
      <source>Try again to write the letter's number and date onto its PDF</source>
      <translation>Try again to write the letter's number and date onto its PDF</translation>
    </message>
    <message>
      <source>The letter is issued as %1, but its number could not be written onto the PDF: %2 It stays in this folder; choose "Write the number on the PDF" to try again.</source>
      <translation>The letter is issued as %1, but its number could not be written onto the PDF: %2 It stays in this folder; choose "Write the number on the PDF" to try again.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::IssueDialog</name>
    <message>
      <source>Issue the letter</source>
      <translation>Issue the letter</translation>
    </message>
    <message>
      <source>&amp;Issue</source>
      <translation>&amp;Issue</translation>
    </message>
    <message>
      <source>The letter &lt;b&gt;%1&lt;/b&gt; takes the register's next number now; the number and date are then written onto its PDF.</source>
      <translation>The letter &lt;b&gt;%1&lt;/b&gt; takes the register's next number now; the number and date are then written onto its PDF.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>A unit, or the name of an outside body</source>
      <translation>A unit, or the name of an outside body</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>Outgoing &amp;register:</source>
      <translation>Outgoing &amp;register:</translation>
    </message>
    <message>
      <source>Sent &amp;on:</source>
      <translation>Sent &amp;on:</translation>
    </message>
    <message>
      <source>Sent &amp;via:</source>
      <translation>Sent &amp;via:</translation>
    </message>
    <message>
      <source>Re&amp;cipient:</source>
      <translation>Re&amp;cipient:</translation>
    </message>
    <message>
      <source>Recipients:</source>
      <translation>Recipients:</translation>
    </message>
    <message>
      <source>By post</source>
      <translation>By post</translation>
    </message>
    <message>
      <source>By hand</source>
      <translation>By hand</translation>
    </message>
    <message>
      <source>By e-mail</source>
      <translation>By e-mail</translation>
    </message>
    <message>
      <source>By fax</source>
      <translation>By fax</translation>
    </message>
    <message>
      <source>Over the government network (GNet)</source>
      <translation>Over the government network (GNet)</translation>
    </message>
    <message>
      <source>Another way</source>
      <translation>Another way</translation>
    </message>
    <message>
      <source>A recipient's name is too long: at most %1 characters, now %2.</source>
      <translation>A recipient's name is too long: at most %1 characters, now %2.</translation>
    </message>
    <message>
      <source>"%1" is a recipient already.</source>
      <translation>"%1" is a recipient already.</translation>
    </message>
    <message>
      <source>To: %1</source>
      <translation>To: %1</translation>
    </message>
    <message>
      <source>Copy: %1</source>
      <translation>Copy: %1</translation>
    </message>
    <message>
      <source>You are not a clerk of a unit with an outgoing or internal register, so you cannot issue letters.</source>
      <translation>You are not a clerk of a unit with an outgoing or internal register, so you cannot issue letters.</translation>
    </message>
    <message>
      <source>Choose the register that numbers the letter.</source>
      <translation>Choose the register that numbers the letter.</translation>
    </message>
    <message>
      <source>The date sent is required.</source>
      <translation>The date sent is required.</translation>
    </message>
    <message>
      <source>The date sent cannot be later than today.</source>
      <translation>The date sent cannot be later than today.</translation>
    </message>
    <message>
      <source>The recipient you typed is not in the list yet: press Add.</source>
      <translation>The recipient you typed is not in the list yet: press Add.</translation>
    </message>
    <message>
      <source>Add at least one recipient the letter goes "To".</source>
      <translation>Add at least one recipient the letter goes "To".</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::LaoDateEdit</name>
    <message>
      <source>Not a date. Type it like %1 or %2.</source>
      <translation>Not a date. Type it like %1 or %2.</translation>
    </message>
    <message>
      <source>Choose a date from %1 to %2.</source>
      <translation>Choose a date from %1 to %2.</translation>
    </message>
    <message>
      <source>The date cannot be before %1.</source>
      <translation>The date cannot be before %1.</translation>
    </message>
    <message>
      <source>The date cannot be after %1.</source>
      <translation>The date cannot be after %1.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::LetterDetailPane</name>
    <message>
      <source>to act</source>
      <translation>to act</translation>
    </message>
    <message>
      <source>copy</source>
      <translation>copy</translation>
    </message>
    <message>
      <source>for information</source>
      <translation>for information</translation>
    </message>
    <message>
      <source>Held now by:</source>
      <translation>Held now by:</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Files:</source>
      <translation>Files:</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>First page</translation>
    </message>
    <message>
      <source>Choose an item on the left to see it here.</source>
      <translation>Choose an item on the left to see it here.</translation>
    </message>
    <message>
      <source>Nobody: the letter is not with anyone now.</source>
      <translation>Nobody: the letter is not with anyone now.</translation>
    </message>
    <message>
      <source>%1 (the letter)</source>
      <translation>%1 (the letter)</translation>
    </message>
    <message>
      <source>This letter has no file.</source>
      <translation>This letter has no file.</translation>
    </message>
    <message>
      <source>Loading the first page…</source>
      <translation>Loading the first page…</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Number:</translation>
    </message>
    <message>
      <source>Register:</source>
      <translation>Register:</translation>
    </message>
    <message>
      <source>Registered:</source>
      <translation>Registered:</translation>
    </message>
    <message>
      <source>Letter date:</source>
      <translation>Letter date:</translation>
    </message>
    <message>
      <source>Received:</source>
      <translation>Received:</translation>
    </message>
    <message>
      <source>Sent:</source>
      <translation>Sent:</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>From:</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>To:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <source>Urgency:</source>
      <translation>Urgency:</translation>
    </message>
    <message>
      <source>Confidentiality:</source>
      <translation>Confidentiality:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Their number:</source>
      <translation>Their number:</translation>
    </message>
    <message>
      <source>Drafter:</source>
      <translation>Drafter:</translation>
    </message>
    <message>
      <source>State:</source>
      <translation>State:</translation>
    </message>
    <message>
      <source>Your step:</source>
      <translation>Your step:</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>received stamp</source>
      <translation>received stamp</translation>
    </message>
    <message>
      <source>endorsement</source>
      <translation>endorsement</translation>
    </message>
    <message>
      <source>Version %1: %2, by %3, %4</source>
      <translation>Version %1: %2, by %3, %4</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::MainWindow</name>
    <message>
      <source>To act on</source>
      <translation>To act on</translation>
    </message>
    <message>
      <source>No letters are waiting for you to act on.</source>
      <translation>No letters are waiting for you to act on.</translation>
    </message>
    <message>
      <source>To approve</source>
      <translation>To approve</translation>
    </message>
    <message>
      <source>No drafts are waiting for your approval.</source>
      <translation>No drafts are waiting for your approval.</translation>
    </message>
    <message>
      <source>For information</source>
      <translation>For information</translation>
    </message>
    <message>
      <source>No letters were sent to you for information.</source>
      <translation>No letters were sent to you for information.</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>You have not sent any letters yet.</source>
      <translation>You have not sent any letters yet.</translation>
    </message>
    <message>
      <source>Following</source>
      <translation>Following</translation>
    </message>
    <message>
      <source>You are not following any letters.</source>
      <translation>You are not following any letters.</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>Nothing is overdue.</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>Registers</translation>
    </message>
    <message>
      <source>No registers are set up for your units yet.</source>
      <translation>No registers are set up for your units yet.</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Search letters by number, subject or sender.</source>
      <translation>Search letters by number, subject or sender.</translation>
    </message>
    <message>
      <source>Saraban</source>
      <translation>Saraban</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <source>&amp;Reconnect</source>
      <translation>&amp;Reconnect</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;About Saraban</source>
      <translation>&amp;About Saraban</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>Inbox</translation>
    </message>
    <message>
      <source>private local server (%1)</source>
      <translation>private local server (%1)</translation>
    </message>
    <message>
      <source>shared server %1:%2, database %3</source>
      <translation>shared server %1:%2, database %3</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Not connected</translation>
    </message>
    <message>
      <source>Starting the private local server…</source>
      <translation>Starting the private local server…</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Connecting to %1…</translation>
    </message>
    <message>
      <source>Connected as %1 to the %2</source>
      <translation>Connected as %1 to the %2</translation>
    </message>
    <message>
      <source>Not connected: %1</source>
      <translation>Not connected: %1</translation>
    </message>
    <message>
      <source>Cannot connect</source>
      <translation>Cannot connect</translation>
    </message>
    <message>
      <source>You can try again with File › Reconnect.</source>
      <translation>You can try again with File › Reconnect.</translation>
    </message>
    <message>
      <source>Server changed</source>
      <translation>Server changed</translation>
    </message>
    <message>
      <source>Saraban uses the new server from its next start.</source>
      <translation>Saraban uses the new server from its next start.</translation>
    </message>
    <message>
      <source>&amp;Open PDF…</source>
      <translation>&amp;Open PDF…</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>Open PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf);;All files (*)</source>
      <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
      <source>Register an &amp;incoming letter…</source>
      <translation>Register an &amp;incoming letter…</translation>
    </message>
    <message>
      <source>Connection to the server lost; reconnecting… You can keep working.</source>
      <translation>Connection to the server lost; reconnecting… You can keep working.</translation>
    </message>
    <message>
      <source>Connected as the owner of this computer's server (sees everything) to the %1</source>
      <translation>Connected as the owner of this computer's server (sees everything) to the %1</translation>
    </message>
    <message>
      <source>Letter registered as %1.</source>
      <translation>Letter registered as %1.</translation>
    </message>
    <message>
      <source>Reser&amp;ve a number…</source>
      <translation>Reser&amp;ve a number…</translation>
    </message>
    <message>
      <source>Live updates are off: %1</source>
      <translation>Live updates are off: %1</translation>
    </message>
    <message>
      <source>%1 unread of %2, %3 overdue</source>
      <translation>%1 unread of %2, %3 overdue</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>New urgent letter</source>
      <translation>New urgent letter</translation>
    </message>
    <message>
      <source>New urgent letter: %1</source>
      <translation>New urgent letter: %1</translation>
    </message>
    <message>
      <source>Number %1 reserved.</source>
      <translation>Number %1 reserved.</translation>
    </message>
    <message>
      <source>My drafts</source>
      <translation>My drafts</translation>
    </message>
    <message>
      <source>You have no drafts. Start one with File › New outgoing draft.</source>
      <translation>You have no drafts. Start one with File › New outgoing draft.</translation>
    </message>
    <message>
      <source>To issue</source>
      <translation>To issue</translation>
    </message>
    <message>
      <source>No approved letters are waiting for a number from you.</source>
      <translation>No approved letters are waiting for a number from you.</translation>
    </message>
    <message>
      <source>New outgoing &amp;draft…</source>
      <translation>New outgoing &amp;draft…</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::PdfPageView</name>
    <message>
      <source>The page could not be displayed.</source>
      <translation>The page could not be displayed.</translation>
    </message>
    <message>
      <source>Page %1</source>
      <translation>Page %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::PdfViewer</name>
    <message>
      <source>Not found</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Fit page</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <source>Rotate left</source>
      <translation>Rotate left</translation>
    </message>
    <message>
      <source>Rotate right</source>
      <translation>Rotate right</translation>
    </message>
    <message>
      <source>Go to page</source>
      <translation>Go to page</translation>
    </message>
    <message>
      <source>Find in document</source>
      <translation>Find in document</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Previous match</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Next match</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>of %1</source>
      <translation>of %1</translation>
    </message>
    <message>
      <source>Opening %1…</source>
      <translation>Opening %1…</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>the file has %1 problems so far</source>
      <translation>the file has %1 problems so far</translation>
    </message>
    <message>
      <source>Signed version</source>
      <translation>Signed version</translation>
    </message>
    <message>
      <source>The signed byte ranges of this signature do not allow showing what was signed.</source>
      <translation>The signed byte ranges of this signature do not allow showing what was signed.</translation>
    </message>
    <message>
      <source>%1 (signed version, revision %2 of %3)</source>
      <translation>%1 (signed version, revision %2 of %3)</translation>
    </message>
    <message>
      <source>This is exactly what %1 signed on %2: the first %3 bytes of %4. Anything added to the file afterwards is not part of it.</source>
      <translation>This is exactly what %1 signed on %2: the first %3 bytes of %4. Anything added to the file afterwards is not part of it.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <source>Printing %1…</source>
      <translation>Printing %1…</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::RegisterLetterDialog</name>
    <message>
      <source>Register an incoming letter</source>
      <translation>Register an incoming letter</translation>
    </message>
    <message>
      <source>Drop the letter's PDF here, or choose the file.</source>
      <translation>Drop the letter's PDF here, or choose the file.</translation>
    </message>
    <message>
      <source>C&amp;hoose a PDF…</source>
      <translation>C&amp;hoose a PDF…</translation>
    </message>
    <message>
      <source>&amp;Register:</source>
      <translation>&amp;Register:</translation>
    </message>
    <message>
      <source>&amp;Subject:</source>
      <translation>&amp;Subject:</translation>
    </message>
    <message>
      <source>&amp;Letter date:</source>
      <translation>&amp;Letter date:</translation>
    </message>
    <message>
      <source>Date re&amp;ceived:</source>
      <translation>Date re&amp;ceived:</translation>
    </message>
    <message>
      <source>Se&amp;nder:</source>
      <translation>Se&amp;nder:</translation>
    </message>
    <message>
      <source>Sender's n&amp;umber:</source>
      <translation>Sender's n&amp;umber:</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <source>Ur&amp;gency:</source>
      <translation>Ur&amp;gency:</translation>
    </message>
    <message>
      <source>Con&amp;fidentiality:</source>
      <translation>Con&amp;fidentiality:</translation>
    </message>
    <message>
      <source>R&amp;egister</source>
      <translation>R&amp;egister</translation>
    </message>
    <message>
      <source>Loading the registers…</source>
      <translation>Loading the registers…</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(not given)</translation>
    </message>
    <message>
      <source>It will be registered as %1, unless another clerk registers a letter first.</source>
      <translation>It will be registered as %1, unless another clerk registers a letter first.</translation>
    </message>
    <message>
      <source>%1 (pages: %2)</source>
      <translation>%1 (pages: %2)</translation>
    </message>
    <message>
      <source>This file cannot be registered: %1</source>
      <translation>This file cannot be registered: %1</translation>
    </message>
    <message>
      <source>Choose the letter's PDF</source>
      <translation>Choose the letter's PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>The file is still being read.</source>
      <translation>The file is still being read.</translation>
    </message>
    <message>
      <source>You keep no incoming register: only a clerk of a unit can register its letters.</source>
      <translation>You keep no incoming register: only a clerk of a unit can register its letters.</translation>
    </message>
    <message>
      <source>The subject is required.</source>
      <translation>The subject is required.</translation>
    </message>
    <message>
      <source>The subject is too long: %1 characters, at most %2.</source>
      <translation>The subject is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
      <source>The letter date cannot be after today (%1).</source>
      <translation>The letter date cannot be after today (%1).</translation>
    </message>
    <message>
      <source>The date received cannot be after today (%1).</source>
      <translation>The date received cannot be after today (%1).</translation>
    </message>
    <message>
      <source>The date received cannot be before the letter date (%1).</source>
      <translation>The date received cannot be before the letter date (%1).</translation>
    </message>
    <message>
      <source>The sender's number is too long: at most %1 characters.</source>
      <translation>The sender's number is too long: at most %1 characters.</translation>
    </message>
    <message>
      <source>The sender is required: the office or person who sent the letter.</source>
      <translation>The sender is required: the office or person who sent the letter.</translation>
    </message>
    <message>
      <source>The sender's name is too long: at most %1 characters.</source>
      <translation>The sender's name is too long: at most %1 characters.</translation>
    </message>
    <message>
      <source>Your clearance allows at most "%1".</source>
      <translation>Your clearance allows at most "%1".</translation>
    </message>
    <message>
      <source>Registering…</source>
      <translation>Registering…</translation>
    </message>
    <message>
      <source>Registered as %1.</source>
      <translation>Registered as %1.</translation>
    </message>
    <message>
      <source>Not registered: the connection to the server was lost. Everything you entered is kept; press Register again once the status bar says Saraban is connected.</source>
      <translation>Not registered: the connection to the server was lost. Everything you entered is kept; press Register again once the status bar says Saraban is connected.</translation>
    </message>
    <message>
      <source>The server did not register the letter: %1</source>
      <translation>The server did not register the letter: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ReserveNumberDialog</name>
    <message>
      <source>Reserve a number</source>
      <translation>Reserve a number</translation>
    </message>
    <message>
      <source>The number is taken from the register now, so nobody else gets it. Use it for a letter registered later, or release it.</source>
      <translation>The number is taken from the register now, so nobody else gets it. Use it for a letter registered later, or release it.</translation>
    </message>
    <message>
      <source>&amp;Register:</source>
      <translation>&amp;Register:</translation>
    </message>
    <message>
      <source>What the number is for (optional)</source>
      <translation>What the number is for (optional)</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>Re&amp;serve</source>
      <translation>Re&amp;serve</translation>
    </message>
    <message>
      <source>Loading the registers…</source>
      <translation>Loading the registers…</translation>
    </message>
    <message>
      <source>You may see no register to reserve from.</source>
      <translation>You may see no register to reserve from.</translation>
    </message>
    <message>
      <source>The note is too long: at most %1 characters.</source>
      <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
      <source>The note contains control characters.</source>
      <translation>The note contains control characters.</translation>
    </message>
    <message>
      <source>Reserving…</source>
      <translation>Reserving…</translation>
    </message>
    <message>
      <source>Reserved. The number is yours; the note was recorded with it.</source>
      <translation>Reserved. The number is yours; the note was recorded with it.</translation>
    </message>
    <message>
      <source>The connection to the server was lost. Nothing was reserved; what you typed is kept. Reserve again once connected.</source>
      <translation>The connection to the server was lost. Nothing was reserved; what you typed is kept. Reserve again once connected.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::RouteDialog</name>
    <message>
      <source>clerk</source>
      <translation>clerk</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>officer</translation>
    </message>
    <message>
      <source>head</source>
      <translation>head</translation>
    </message>
    <message>
      <source>archivist</source>
      <translation>archivist</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>Route the letter</source>
      <translation>Route the letter</translation>
    </message>
    <message>
      <source>Forward the letter</source>
      <translation>Forward the letter</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Forward</translation>
    </message>
    <message>
      <source>Search people and units</source>
      <translation>Search people and units</translation>
    </message>
    <message>
      <source>&amp;Add to recipients</source>
      <translation>&amp;Add to recipients</translation>
    </message>
    <message>
      <source>Recipients:</source>
      <translation>Recipients:</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Instruction</source>
      <translation>Instruction</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>%1 (%2, whole unit)</source>
      <translation>%1 (%2, whole unit)</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>To act on it</source>
      <translation>To act on it</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>For information</source>
      <translation>For information</translation>
    </message>
    <message>
      <source>What should they do?</source>
      <translation>What should they do?</translation>
    </message>
    <message>
      <source>Recipients: add at least one person or unit from the chart.</source>
      <translation>Recipients: add at least one person or unit from the chart.</translation>
    </message>
    <message>
      <source>Instruction for %1: at most %2 characters, now %3.</source>
      <translation>Instruction for %1: at most %2 characters, now %3.</translation>
    </message>
    <message>
      <source>Due date for %1: it cannot be in the past.</source>
      <translation>Due date for %1: it cannot be in the past.</translation>
    </message>
    <message>
      <source>Due date for %1: %2</source>
      <translation>Due date for %1: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SendDialog</name>
    <message>
      <source>The connection to the server is lost, so nothing was sent. What you typed is kept: send again once the connection is back.</source>
      <translation>The connection to the server is lost, so nothing was sent. What you typed is kept: send again once the connection is back.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ServerProfileDialog</name>
    <message>
      <source>Shared server</source>
      <translation>Shared server</translation>
    </message>
    <message>
      <source>For example: Provincial office</source>
      <translation>For example: Provincial office</translation>
    </message>
    <message>
      <source>Optional: the CA file that signed the server's</source>
      <translation>Optional: the CA file that signed the server's</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>&amp;Host:</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>&amp;Database:</translation>
    </message>
    <message>
      <source>&amp;TLS:</source>
      <translation>&amp;TLS:</translation>
    </message>
    <message>
      <source>&amp;Root certificate:</source>
      <translation>&amp;Root certificate:</translation>
    </message>
    <message>
      <source>The root certificate</source>
      <translation>The root certificate</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ServerProfiles</name>
    <message>
      <source>Off (never on a network)</source>
      <translation>Off (never on a network)</translation>
    </message>
    <message>
      <source>When the server offers it</source>
      <translation>When the server offers it</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>Required, certificate checked</source>
      <translation>Required, certificate checked</translation>
    </message>
    <message>
      <source>Required, certificate and name checked</source>
      <translation>Required, certificate and name checked</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>TLS</source>
      <translation>TLS</translation>
    </message>
    <message>
      <source>Root certificate</source>
      <translation>Root certificate</translation>
    </message>
    <message>
      <source>%1: required; give the server a name people recognise.</source>
      <translation>%1: required; give the server a name people recognise.</translation>
    </message>
    <message>
      <source>%1: at most %2 characters, now %3.</source>
      <translation>%1: at most %2 characters, now %3.</translation>
    </message>
    <message>
      <source>%1: another server is already called "%2".</source>
      <translation>%1: another server is already called "%2".</translation>
    </message>
    <message>
      <source>%1: required, for example saraban.vientiane.gov.la.</source>
      <translation>%1: required, for example saraban.vientiane.gov.la.</translation>
    </message>
    <message>
      <source>%1: "%2" is not a host name or an address: use letters, digits, dots and hyphens, without spaces.</source>
      <translation>%1: "%2" is not a host name or an address: use letters, digits, dots and hyphens, without spaces.</translation>
    </message>
    <message>
      <source>%1: a number from 1 to 65535 (PostgreSQL's is 5432).</source>
      <translation>%1: a number from 1 to 65535 (PostgreSQL's is 5432).</translation>
    </message>
    <message>
      <source>%1: required; Saraban's database is usually "saraban".</source>
      <translation>%1: required; Saraban's database is usually "saraban".</translation>
    </message>
    <message>
      <source>%1: at most %2 bytes.</source>
      <translation>%1: at most %2 bytes.</translation>
    </message>
    <message>
      <source>%1: choose one of the modes in the list.</source>
      <translation>%1: choose one of the modes in the list.</translation>
    </message>
    <message>
      <source>%1: no readable file at %2.</source>
      <translation>%1: no readable file at %2.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Language and appearance</source>
      <translation>Language and appearance</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>Lao &amp;font:</source>
      <translation>Lao &amp;font:</translation>
    </message>
    <message>
      <source>Font &amp;size:</source>
      <translation>Font &amp;size:</translation>
    </message>
    <message>
      <source>This computer (Saraban's private server)</source>
      <translation>This computer (Saraban's private server)</translation>
    </message>
    <message>
      <source>%1: %2:%3, database %4, TLS: %5</source>
      <translation>%1: %2:%3, database %4, TLS: %5</translation>
    </message>
    <message>
      <source>Language, font and size change as soon as you press OK; no restart is needed.</source>
      <translation>Language, font and size change as soon as you press OK; no restart is needed.</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>D&amp;uplicate…</source>
      <translation>D&amp;uplicate…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>You choose the server when you sign in; the one used last is offered first. Passwords are kept only in the system keychain.</source>
      <translation>You choose the server when you sign in; the one used last is offered first. Passwords are kept only in the system keychain.</translation>
    </message>
    <message>
      <source>Servers</source>
      <translation>Servers</translation>
    </message>
    <message>
      <source>Shared server</source>
      <translation>Shared server</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (copy)</translation>
    </message>
    <message>
      <source>Used at the last sign-in</source>
      <translation>Used at the last sign-in</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SignInDialog</name>
    <message>
      <source>Sign in to Saraban</source>
      <translation>Sign in to Saraban</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>This computer's private server</source>
      <translation>This computer's private server</translation>
    </message>
    <message>
      <source>A shared server on the network</source>
      <translation>A shared server on the network</translation>
    </message>
    <message>
      <source>Saraban's own server on this computer, for one office or a demo.</source>
      <translation>Saraban's own server on this computer, for one office or a demo.</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>&amp;Host:</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>&amp;Database:</translation>
    </message>
    <message>
      <source>&amp;TLS:</source>
      <translation>&amp;TLS:</translation>
    </message>
    <message>
      <source>Off (never on a network)</source>
      <translation>Off (never on a network)</translation>
    </message>
    <message>
      <source>When the server offers it</source>
      <translation>When the server offers it</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>Required, certificate checked</source>
      <translation>Required, certificate checked</translation>
    </message>
    <message>
      <source>Required, certificate and name checked</source>
      <translation>Required, certificate and name checked</translation>
    </message>
    <message>
      <source>Your account</source>
      <translation>Your account</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Remember my password on this computer (in the system keychain)</source>
      <translation>&amp;Remember my password on this computer (in the system keychain)</translation>
    </message>
    <message>
      <source>Sign in as the &amp;owner of this computer's server</source>
      <translation>Sign in as the &amp;owner of this computer's server</translation>
    </message>
    <message>
      <source>For setting up a new installation before anyone has an account. The owner is not a person of the organisation and sees every letter, whatever its confidentiality.</source>
      <translation>For setting up a new installation before anyone has an account. The owner is not a person of the organisation and sees every letter, whatever its confidentiality.</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>&amp;Sign in</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Signing in…</translation>
    </message>
    <message>
      <source>Another shared server on the network</source>
      <translation>Another shared server on the network</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SignaturePanel</name>
    <message>
      <source>Checking the signatures…</source>
      <translation>Checking the signatures…</translation>
    </message>
    <message>
      <source>The signatures could not be checked.</source>
      <translation>The signatures could not be checked.</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>View signed version</source>
      <translation>View signed version</translation>
    </message>
    <message>
      <source>Open exactly the bytes this signature covers, as they were when it was signed.</source>
      <translation>Open exactly the bytes this signature covers, as they were when it was signed.</translation>
    </message>
    <message>
      <source>Show on page</source>
      <translation>Show on page</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SigningDialog</name>
    <message>
      <source>Sign the document</source>
      <translation>Sign the document</translation>
    </message>
    <message>
      <source>You are signing: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>You are signing: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source> (valid until %1)</source>
      <translation> (valid until %1)</translation>
    </message>
    <message>
      <source>Key store password or token PIN</source>
      <translation>Key store password or token PIN</translation>
    </message>
    <message>
      <source>Where the letter's template puts it</source>
      <translation>Where the letter's template puts it</translation>
    </message>
    <message>
      <source>Bottom left of the last page</source>
      <translation>Bottom left of the last page</translation>
    </message>
    <message>
      <source>Bottom right of the last page</source>
      <translation>Bottom right of the last page</translation>
    </message>
    <message>
      <source>&amp;Certificate:</source>
      <translation>&amp;Certificate:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <source>P&amp;lace of signing:</source>
      <translation>P&amp;lace of signing:</translation>
    </message>
    <message>
      <source>&amp;Signature on the page:</source>
      <translation>&amp;Signature on the page:</translation>
    </message>
    <message>
      <source>The signature shows %1, %2 and the date and time of signing.</source>
      <translation>The signature shows %1, %2 and the date and time of signing.</translation>
    </message>
    <message>
      <source>your name</source>
      <translation>your name</translation>
    </message>
    <message>
      <source>your title</source>
      <translation>your title</translation>
    </message>
    <message>
      <source>&amp;Sign</source>
      <translation>&amp;Sign</translation>
    </message>
    <message>
      <source>Signing...</source>
      <translation>Signing...</translation>
    </message>
    <message>
      <source>Optional: a note for the drafter</source>
      <translation>Optional: a note for the drafter</translation>
    </message>
    <message>
      <source>C&amp;omment:</source>
      <translation>C&amp;omment:</translation>
    </message>
    <message>
      <source>Approve &amp;without signing</source>
      <translation>Approve &amp;without signing</translation>
    </message>
    <message>
      <source>The version under approval has no PDF to sign.</source>
      <translation>The version under approval has no PDF to sign.</translation>
    </message>
    <message>
      <source>Sending your approval to the server...</source>
      <translation>Sending your approval to the server...</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::StampDialog</name>
    <message>
      <source>&amp;Instruction: who handles it and how.</source>
      <translation>&amp;Instruction: who handles it and how.</translation>
    </message>
    <message>
      <source>Endorse &amp;for:</source>
      <translation>Endorse &amp;for:</translation>
    </message>
    <message>
      <source>Also &amp;write it on the document</source>
      <translation>Also &amp;write it on the document</translation>
    </message>
    <message>
      <source>Bottom margin</source>
      <translation>Bottom margin</translation>
    </message>
    <message>
      <source>Top right corner</source>
      <translation>Top right corner</translation>
    </message>
    <message>
      <source>Top left corner</source>
      <translation>Top left corner</translation>
    </message>
    <message>
      <source>Bottom right corner</source>
      <translation>Bottom right corner</translation>
    </message>
    <message>
      <source>Bottom left corner</source>
      <translation>Bottom left corner</translation>
    </message>
    <message>
      <source>Where I clicked on the page</source>
      <translation>Where I clicked on the page</translation>
    </message>
    <message>
      <source>&amp;Place on page 1:</source>
      <translation>&amp;Place on page 1:</translation>
    </message>
    <message>
      <source>Click on the page to put it anywhere else.</source>
      <translation>Click on the page to put it anywhere else.</translation>
    </message>
    <message>
      <source>This letter has no PDF file to write on.</source>
      <translation>This letter has no PDF file to write on.</translation>
    </message>
    <message>
      <source>Stamp as received</source>
      <translation>Stamp as received</translation>
    </message>
    <message>
      <source>Stamp</source>
      <translation>Stamp</translation>
    </message>
    <message>
      <source>Endorse the letter</source>
      <translation>Endorse the letter</translation>
    </message>
    <message>
      <source>Endorse</source>
      <translation>Endorse</translation>
    </message>
    <message>
      <source>%1 (acting head)</source>
      <translation>%1 (acting head)</translation>
    </message>
    <message>
      <source>Retry writing on the document</source>
      <translation>Retry writing on the document</translation>
    </message>
    <message>
      <source>The endorsement is recorded in the letter's history, but it could not be written on the document. Nothing you wrote is lost: retry, or close and the endorsement stays as text only.</source>
      <translation>The endorsement is recorded in the letter's history, but it could not be written on the document. Nothing you wrote is lost: retry, or close and the endorsement stays as text only.</translation>
    </message>
    <message>
      <source>This letter has no PDF file to stamp.</source>
      <translation>This letter has no PDF file to stamp.</translation>
    </message>
    <message>
      <source>The instruction is required: write at least a few words.</source>
      <translation>The instruction is required: write at least a few words.</translation>
    </message>
    <message>
      <source>The instruction is too long: at most %1 characters, now %2.</source>
      <translation>The instruction is too long: at most %1 characters, now %2.</translation>
    </message>
    <message>
      <source>Choose the unit you endorse for.</source>
      <translation>Choose the unit you endorse for.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SubmitDialog</name>
    <message>
      <source>Submit the draft for approval</source>
      <translation>Submit the draft for approval</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>(choose an approval chain)</source>
      <translation>(choose an approval chain)</translation>
    </message>
    <message>
      <source>Approval &amp;chain:</source>
      <translation>Approval &amp;chain:</translation>
    </message>
    <message>
      <source>Approval chain: none is set up for this draft's unit and type; ask an administrator to set one up.</source>
      <translation>Approval chain: none is set up for this draft's unit and type; ask an administrator to set one up.</translation>
    </message>
    <message>
      <source>Approval chain: choose one.</source>
      <translation>Approval chain: choose one.</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>An approval chain &amp;template:</source>
      <translation>An approval chain &amp;template:</translation>
    </message>
    <message>
      <source>A chain I &amp;write:</source>
      <translation>A chain I &amp;write:</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Who decides</source>
      <translation>Who decides</translation>
    </message>
    <message>
      <source>&amp;Add a step</source>
      <translation>&amp;Add a step</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Move &amp;down</translation>
    </message>
    <message>
      <source>(choose a person)</source>
      <translation>(choose a person)</translation>
    </message>
    <message>
      <source>Approval chain: add at least one step; the last one signs.</source>
      <translation>Approval chain: add at least one step; the last one signs.</translation>
    </message>
    <message>
      <source>Approval chain: at most %1 steps.</source>
      <translation>Approval chain: at most %1 steps.</translation>
    </message>
    <message>
      <source>Approval chain: exactly one step signs, and it is the last (step %1).</source>
      <translation>Approval chain: exactly one step signs, and it is the last (step %1).</translation>
    </message>
    <message>
      <source>Step %1: choose who decides.</source>
      <translation>Step %1: choose who decides.</translation>
    </message>
    <message>
      <source>Step %1: you cannot approve your own draft.</source>
      <translation>Step %1: you cannot approve your own draft.</translation>
    </message>
    <message>
      <source>Step %1: this person is already in the chain.</source>
      <translation>Step %1: this person is already in the chain.</translation>
    </message>
    <message>
      <source>Approval chain: no template is set up for this draft's unit and type; write the chain instead.</source>
      <translation>Approval chain: no template is set up for this draft's unit and type; write the chain instead.</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ລຶບ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ເລືອກທັງໝົດ</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ຕົກລົງ</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>ບັນທຶກ</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>ເປີດ</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>ແມ່ນທັງໝົດ (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ບໍ່ທັງໝົດ (&amp;O)</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>ຍົກເລີກການເຮັດວຽກ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ລອງໃໝ່</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ປິດ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ຍົກເລີກ</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>ບໍ່ບັນທຶກ</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>ນຳໃຊ້</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ຕັ້ງຄືນ</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ (&amp;L)</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ເລືອກທັງໝົດ</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Saraban</source>
      <translation>ສາລະບັນ</translation>
    </message>
  </context>
  <context>
    <name>saraban::ActingService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຕອບກັບມາ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalDemo</name>
    <message>
      <source>The demo's organisation is not complete: %1</source>
      <translation>ຂໍ້ມູນອົງການຂອງຕົວຢ່າງ ບໍ່ຄົບຖ້ວນ: %1</translation>
    </message>
    <message>
      <source>Drafts and approval chains...</source>
      <translation>ຮ່າງໜັງສື ແລະ ສາຍການອະນຸມັດ...</translation>
    </message>
    <message>
      <source>The letters cannot be composed (%1); the drafts get plain pages.</source>
      <translation>ບໍ່ສາມາດຈັດຮູບແບບໜັງສືໄດ້ (%1); ຮ່າງໜັງສືຈະໃຊ້ໜ້າເອກະສານທຳມະດາ ແທນ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalModel</name>
    <message>
      <source>%1 (head of %2)</source>
      <translation>%1 (ຫົວໜ້າ %2)</translation>
    </message>
    <message>
      <source>%1 for %2</source>
      <translation>%1 ແທນ %2</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ປະເພດ</translation>
    </message>
    <message>
      <source>For</source>
      <translation>ຜູ້ພິຈາລະນາ</translation>
    </message>
    <message>
      <source>State</source>
      <translation>ສະຖານະ</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>ພິຈາລະນາໂດຍ</translation>
    </message>
    <message>
      <source>When</source>
      <translation>ເວລາ</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>ກຳນົດເວລາ</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>ຄຳເຫັນ</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຫຍັງກັບມາ.</translation>
    </message>
    <message>
      <source>The server answered with an unknown draft state "%1".</source>
      <translation>ເຊີບເວີຕອບກັບມາ ດ້ວຍສະຖານະຂອງຮ່າງໜັງສື ທີ່ບໍ່ຮູ້ຈັກ "%1".</translation>
    </message>
  </context>
  <context>
    <name>saraban::ApprovalText</name>
    <message>
      <source>Being drafted</source>
      <translation>ກຳລັງຮ່າງ</translation>
    </message>
    <message>
      <source>In approval</source>
      <translation>ກຳລັງພິຈາລະນາອະນຸມັດ</translation>
    </message>
    <message>
      <source>Returned to the drafter</source>
      <translation>ສົ່ງຄືນຜູ້ຮ່າງແລ້ວ</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>ອະນຸມັດແລ້ວ</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>ລົງລາຍເຊັນແລ້ວ</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>ອອກເລກທີແລ້ວ</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>ຖອນຄືນແລ້ວ</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>ກວດກາ</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>ໃຫ້ຄຳເຫັນ</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>ລົງລາຍເຊັນ</translation>
    </message>
    <message>
      <source>Not yet reached</source>
      <translation>ຍັງບໍ່ທັນຮອດຂັ້ນຕອນນີ້</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>ລໍຖ້າການພິຈາລະນາ</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>ບໍ່ອະນຸມັດ</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ຍົກເລີກແລ້ວ</translation>
    </message>
    <message>
      <source>Sent back to the previous step</source>
      <translation>ສົ່ງຄືນຂັ້ນຕອນກ່ອນໜ້າ</translation>
    </message>
    <message>
      <source>Sent back to the drafter</source>
      <translation>ສົ່ງຄືນຜູ້ຮ່າງ</translation>
    </message>
  </context>
  <context>
    <name>saraban::AuditService</name>
    <message numerus="yes">
      <source>The audit chain is intact: %n record(s) checked.</source>
      <translation>
        <numerusform>ສາຍບັນທຶກການກວດສອບ ຄົບຖ້ວນ: ໄດ້ກວດ %n ລາຍການ.</numerusform>
        <numerusform>ສາຍບັນທຶກການກວດສອບ ຄົບຖ້ວນ: ໄດ້ກວດ %n ລາຍການ.</numerusform>
      </translation>
    </message>
    <message>
      <source>Audit record %1 was changed after it was written.</source>
      <translation>ບັນທຶກການກວດສອບ ລຳດັບທີ %1 ຖືກແກ້ໄຂ ຫຼັງຈາກທີ່ໄດ້ບັນທຶກແລ້ວ.</translation>
    </message>
    <message>
      <source>Audit record %1 does not follow the record before it: a record was inserted out of the chain, or the one before it was rewritten.</source>
      <translation>ບັນທຶກການກວດສອບ ລຳດັບທີ %1 ບໍ່ຕໍ່ເນື່ອງກັບບັນທຶກກ່ອນໜ້າ: ມີບັນທຶກຖືກແຊກເຂົ້າ ນອກສາຍ, ຫຼື ບັນທຶກກ່ອນໜ້າຖືກຂຽນທັບ.</translation>
    </message>
    <message>
      <source>Audit record %1 is missing: it was deleted.</source>
      <translation>ບັນທຶກການກວດສອບ ລຳດັບທີ %1 ຫາຍໄປ: ມັນຖືກລຶບ.</translation>
    </message>
    <message>
      <source>Audit record %1 lies beyond the recorded end of the chain: it was inserted out of the chain.</source>
      <translation>ບັນທຶກການກວດສອບ ລຳດັບທີ %1 ຢູ່ເກີນຈຸດສິ້ນສຸດຂອງສາຍ ທີ່ໄດ້ບັນທຶກໄວ້: ມັນຖືກແຊກເຂົ້າ ນອກສາຍ.</translation>
    </message>
    <message>
      <source>The audit chain ends before its recorded end: records from %1 on were deleted, or the end was rewritten.</source>
      <translation>ສາຍບັນທຶກການກວດສອບ ສິ້ນສຸດກ່ອນຈຸດທີ່ໄດ້ບັນທຶກໄວ້: ບັນທຶກຕັ້ງແຕ່ລຳດັບທີ %1 ເປັນຕົ້ນໄປ ຖືກລຶບ, ຫຼື ຈຸດສິ້ນສຸດຖືກຂຽນທັບ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ConnectionProfile</name>
    <message>
      <source>The connection string is not valid: %1</source>
      <translation>ຂໍ້ຄວາມເຊື່ອມຕໍ່ບໍ່ຖືກຕ້ອງ: %1</translation>
    </message>
    <message>
      <source>The port "%1" is not valid: it must be a number from 1 to 65535.</source>
      <translation>ພອດ "%1" ບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນຕົວເລກແຕ່ 1 ຫາ 65535.</translation>
    </message>
    <message>
      <source>Private local server, user %1</source>
      <translation>ເຊີບເວີສ່ວນຕົວໃນເຄື່ອງນີ້, ຜູ້ໃຊ້ %1</translation>
    </message>
    <message>
      <source>Shared server %1:%2, database %3</source>
      <translation>ເຊີບເວີຮ່ວມ %1:%2, ຖານຂໍ້ມູນ %3</translation>
    </message>
    <message>
      <source>, user %1</source>
      <translation>, ຜູ້ໃຊ້ %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::CsvReader</name>
    <message>
      <source>The file is not UTF-8 text.</source>
      <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8.</translation>
    </message>
    <message>
      <source>Line %1: a quoted field is not closed.</source>
      <translation>ແຖວທີ %1: ຊ່ອງຂໍ້ມູນທີ່ເປີດດ້ວຍເຄື່ອງໝາຍວົງຢືມ ບໍ່ໄດ້ປິດ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::DatabaseSession</name>
    <message>
      <source>The server's database (schema version %1) is newer than this Saraban (version %2). Install the newer Saraban.</source>
      <translation>ຖານຂໍ້ມູນຂອງເຊີບເວີ (ໂຄງສ້າງສະບັບ %1) ໃໝ່ກວ່າ ສາລະບັນ ນີ້ (ສະບັບ %2). ກະລຸນາຕິດຕັ້ງ ສາລະບັນ ສະບັບໃໝ່.</translation>
    </message>
    <message>
      <source>The server's database (schema version %1) is older than this Saraban (version %2). Ask the administrator to run "saraban-admin migrate".</source>
      <translation>ຖານຂໍ້ມູນຂອງເຊີບເວີ (ໂຄງສ້າງສະບັບ %1) ເກົ່າກວ່າ ສາລະບັນ ນີ້ (ສະບັບ %2). ກະລຸນາແຈ້ງຜູ້ບໍລິຫານລະບົບໃຫ້ແລ່ນ "saraban-admin migrate".</translation>
    </message>
  </context>
  <context>
    <name>saraban::DbWorker</name>
    <message>
      <source>The connection to the server was lost. Saraban is reconnecting; nothing you typed is lost, and you can send it again once connected.</source>
      <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີ ຂາດ. ສາລະບັນ ກຳລັງເຊື່ອມຕໍ່ຄືນ; ສິ່ງທີ່ທ່ານພິມໄວ້ ບໍ່ເສຍ, ແລະ ທ່ານສາມາດສົ່ງຄືນໄດ້ ເມື່ອເຊື່ອມຕໍ່ແລ້ວ.</translation>
    </message>
    <message>
      <source>There is no connection to the server right now. Saraban is reconnecting; try again when the status bar says it is connected.</source>
      <translation>ຕອນນີ້ ບໍ່ມີການເຊື່ອມຕໍ່ກັບເຊີບເວີ. ສາລະບັນ ກຳລັງເຊື່ອມຕໍ່ຄືນ; ກະລຸນາລອງໃໝ່ ເມື່ອແຖບສະຖານະ ບອກວ່າເຊື່ອມຕໍ່ແລ້ວ.</translation>
    </message>
    <message>
      <source>The connection to the server was lost.</source>
      <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີ ຂາດ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::DemoBuilder</name>
    <message>
      <source>The demo data %1 is missing from this build.</source>
      <translation>ຂໍ້ມູນຕົວຢ່າງ %1 ບໍ່ມີຢູ່ໃນໂປຣແກຣມສະບັບນີ້.</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຫຍັງກັບມາ.</translation>
    </message>
    <message>
      <source>The demo is built by the server's superuser (on the private server, the account that runs Saraban).</source>
      <translation>ຂໍ້ມູນຕົວຢ່າງ ຕ້ອງສ້າງໂດຍຜູ້ໃຊ້ສູງສຸດ (superuser) ຂອງເຊີບເວີ (ໃນເຊີບເວີສ່ວນຕົວ ແມ່ນບັນຊີທີ່ເປີດໃຊ້ Saraban).</translation>
    </message>
    <message>
      <source>This database already has units or people; the demo is only built in an empty one. Nothing was changed.</source>
      <translation>ຖານຂໍ້ມູນນີ້ ມີໜ່ວຍງານ ຫຼື ບຸກຄົນຢູ່ແລ້ວ; ຂໍ້ມູນຕົວຢ່າງ ສ້າງໄດ້ສະເພາະໃນຖານຂໍ້ມູນທີ່ຫວ່າງເປົ່າ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
      <source>The demo data in this build is damaged.</source>
      <translation>ຂໍ້ມູນຕົວຢ່າງ ໃນໂປຣແກຣມສະບັບນີ້ ເສຍຫາຍ.</translation>
    </message>
    <message>
      <source>Units...</source>
      <translation>ໜ່ວຍງານ...</translation>
    </message>
    <message>
      <source>People...</source>
      <translation>ບຸກຄົນ...</translation>
    </message>
    <message>
      <source>Outside organisations...</source>
      <translation>ອົງການພາຍນອກ...</translation>
    </message>
    <message>
      <source>Register %1/%2: %3 letters...</source>
      <translation>ປຶ້ມທະບຽນ %1/%2: ໜັງສື %3 ສະບັບ...</translation>
    </message>
    <message>
      <source>Letter %1 of register %2/%3: %4</source>
      <translation>ໜັງສືສະບັບທີ %1 ຂອງປຶ້ມທະບຽນ %2/%3: %4</translation>
    </message>
    <message>
      <source>Reserved numbers...</source>
      <translation>ເລກທີທີ່ຈອງໄວ້...</translation>
    </message>
  </context>
  <context>
    <name>saraban::Direction</name>
    <message>
      <source>Incoming</source>
      <translation>ຂາເຂົ້າ</translation>
    </message>
    <message>
      <source>Outgoing</source>
      <translation>ຂາອອກ</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>ພາຍໃນ</translation>
    </message>
  </context>
  <context>
    <name>saraban::DirectoryService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຕອບກັບມາ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::DraftComposerService</name>
    <message>
      <source>There is no such draft, or you may not see it.</source>
      <translation>ບໍ່ມີຮ່າງໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::InboxModel</name>
    <message>
      <source>Not yet opened</source>
      <translation>ຍັງບໍ່ໄດ້ເປີດ</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>ເປີດຮັບແລ້ວ</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>ສົ່ງຄືນແລ້ວ</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
      <source>Recalled</source>
      <translation>ຖອນຄືນແລ້ວ</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>ເລກທີ</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>ຫົວເລື່ອງ</translation>
    </message>
    <message>
      <source>From / to</source>
      <translation>ຈາກ / ເຖິງ</translation>
    </message>
    <message>
      <source>Instruction</source>
      <translation>ຄຳແນະນຳ</translation>
    </message>
    <message>
      <source>State</source>
      <translation>ສະຖານະ</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>ນັບແຕ່</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>ກຳນົດສົ່ງ</translation>
    </message>
  </context>
  <context>
    <name>saraban::KeychainSecretStore</name>
    <message>
      <source>The system keychain did not answer: %1</source>
      <translation>ບ່ອນເກັບລະຫັດລັບຂອງລະບົບບໍ່ຕອບ: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::LetterDetailService</name>
    <message>
      <source>This letter does not exist, or you may not see it.</source>
      <translation>ບໍ່ມີໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຕອບກັບມາ.</translation>
    </message>
    <message>
      <source>This draft does not exist, or you may not see it.</source>
      <translation>ບໍ່ມີຮ່າງໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::LetterService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຫຍັງກັບມາ.</translation>
    </message>
    <message>
      <source>The file is too large: at most %1 bytes.</source>
      <translation>ໄຟລ໌ໃຫຍ່ເກີນໄປ: ບໍ່ໃຫ້ເກີນ %1 ໄບ.</translation>
    </message>
    <message>
      <source>Field: %1, rule: %2</source>
      <translation>ຊ່ອງຂໍ້ມູນ: %1, ເງື່ອນໄຂ: %2</translation>
    </message>
    <message>
      <source>This file was registered before, with letter %1.</source>
      <translation>ໄຟລ໌ນີ້ ເຄີຍລົງທະບຽນແລ້ວ ກັບໜັງສືເລກທີ %1.</translation>
    </message>
    <message>
      <source>This file was registered before, with a letter you may not see.</source>
      <translation>ໄຟລ໌ນີ້ ເຄີຍລົງທະບຽນແລ້ວ ກັບໜັງສືທີ່ທ່ານບໍ່ມີສິດເບິ່ງ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::LocalServer</name>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້: %2</translation>
    </message>
    <message>
      <source>Cannot open the lock file in %1: %2</source>
      <translation>ບໍ່ສາມາດເປີດໄຟລ໌ລັອກໃນ %1 ໄດ້: %2</translation>
    </message>
    <message>
      <source>Another Saraban process is still starting or stopping the private server in %1.</source>
      <translation>ສາລະບັນ ອີກໂປຣແກຣມໜຶ່ງ ກຳລັງເປີດ ຫຼື ປິດເຊີບເວີສ່ວນຕົວໃນ %1 ຢູ່.</translation>
    </message>
    <message>
      <source>Cannot remove the stale lock file %1/postmaster.pid.</source>
      <translation>ບໍ່ສາມາດລຶບໄຟລ໌ລັອກເກົ່າ %1/postmaster.pid ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot take the clients lock in %1: %2</source>
      <translation>ບໍ່ສາມາດລັອກການນຳໃຊ້ໃນ %1 ໄດ້: %2</translation>
    </message>
    <message>
      <source>Cannot create the directory %1.</source>
      <translation>ບໍ່ສາມາດສ້າງໂຟນເດີ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>The postgres user cannot reach %1: a parent directory is closed to it. Choose another place with SARABAN_DATA_DIR.</source>
      <translation>ຜູ້ໃຊ້ postgres ເຂົ້າເຖິງ %1 ບໍ່ໄດ້: ມີໂຟນເດີຊັ້ນເທິງທີ່ປິດບໍ່ໃຫ້ເຂົ້າ. ກະລຸນາເລືອກບ່ອນອື່ນດ້ວຍ SARABAN_DATA_DIR.</translation>
    </message>
    <message>
      <source>The path %1 is too long for a Unix socket. Choose a shorter data directory with SARABAN_DATA_DIR.</source>
      <translation>ເສັ້ນທາງ %1 ຍາວເກີນໄປສຳລັບ Unix socket. ກະລຸນາເລືອກໂຟນເດີຂໍ້ມູນທີ່ສັ້ນກວ່າດ້ວຍ SARABAN_DATA_DIR.</translation>
    </message>
    <message>
      <source>Cannot remove the unfinished cluster in %1.</source>
      <translation>ບໍ່ສາມາດລຶບຖານຂໍ້ມູນທີ່ສ້າງບໍ່ສຳເລັດໃນ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Creating the private database cluster failed.</source>
      <translation>ການສ້າງຖານຂໍ້ມູນສ່ວນຕົວບໍ່ສຳເລັດ.</translation>
    </message>
    <message>
      <source>The private database server did not start.</source>
      <translation>ເຊີບເວີຖານຂໍ້ມູນສ່ວນຕົວເປີດບໍ່ຂຶ້ນ.</translation>
    </message>
    <message>
      <source>The private database server does not accept connections.</source>
      <translation>ເຊີບເວີຖານຂໍ້ມູນສ່ວນຕົວບໍ່ຮັບການເຊື່ອມຕໍ່.</translation>
    </message>
    <message>
      <source>Socket: %1 (port %2)</source>
      <translation>Socket: %1 (ພອດ %2)</translation>
    </message>
    <message>
      <source>Cannot create the database %1 on the private server.</source>
      <translation>ບໍ່ສາມາດສ້າງຖານຂໍ້ມູນ %1 ໃນເຊີບເວີສ່ວນຕົວໄດ້.</translation>
    </message>
    <message>
      <source>The private database server did not stop.</source>
      <translation>ເຊີບເວີຖານຂໍ້ມູນສ່ວນຕົວປິດບໍ່ລົງ.</translation>
    </message>
    <message>
      <source>Server log (%1):</source>
      <translation>ບັນທຶກຂອງເຊີບເວີ (%1):</translation>
    </message>
  </context>
  <context>
    <name>saraban::MemberRole</name>
    <message>
      <source>Clerk</source>
      <translation>ພະນັກງານສາລະບັນ</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>ພະນັກງານວິຊາການ</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>ຫົວໜ້າ</translation>
    </message>
    <message>
      <source>Archivist</source>
      <translation>ພະນັກງານເກັບມ້ຽນເອກະສານ</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
  </context>
  <context>
    <name>saraban::Migrator</name>
    <message>
      <source>The migration file name %1 does not follow NNNN_name.sql.</source>
      <translation>ຊື່ໄຟລ໌ປັບປຸງໂຄງສ້າງ %1 ບໍ່ຖືກຕາມຮູບແບບ NNNN_name.sql.</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້: %2</translation>
    </message>
    <message>
      <source>Two migrations have the number %1.</source>
      <translation>ມີການປັບປຸງໂຄງສ້າງສອງອັນໃຊ້ເລກ %1 ຊ້ຳກັນ.</translation>
    </message>
    <message>
      <source>The database has schema version %1, newer than this Saraban knows (%2). Install the newer Saraban that the server expects.</source>
      <translation>ຖານຂໍ້ມູນມີໂຄງສ້າງສະບັບ %1, ໃໝ່ກວ່າທີ່ ສາລະບັນ ນີ້ຮູ້ຈັກ (%2). ກະລຸນາຕິດຕັ້ງ ສາລະບັນ ສະບັບໃໝ່ທີ່ເຊີບເວີຕ້ອງການ.</translation>
    </message>
    <message>
      <source>Migration %1 (%2) on the server differs from the one in this Saraban. The database was set up by another build.</source>
      <translation>ການປັບປຸງໂຄງສ້າງ %1 (%2) ໃນເຊີບເວີ ແຕກຕ່າງຈາກອັນທີ່ຢູ່ໃນ ສາລະບັນ ນີ້. ຖານຂໍ້ມູນຖືກຕັ້ງຄ່າໂດຍສະບັບອື່ນ.</translation>
    </message>
    <message>
      <source>Server checksum %1, ours %2</source>
      <translation>ຄ່າກວດສອບຂອງເຊີບເວີ %1, ຂອງເຮົາ %2</translation>
    </message>
    <message>
      <source>Migration %1 (%2) failed; the database was left at version %3.</source>
      <translation>ການປັບປຸງໂຄງສ້າງ %1 (%2) ບໍ່ສຳເລັດ; ຖານຂໍ້ມູນຍັງຢູ່ສະບັບ %3.</translation>
    </message>
  </context>
  <context>
    <name>saraban::OrganisationService</name>
    <message>
      <source>The org chart file is empty.</source>
      <translation>ໄຟລ໌ໂຄງຮ່າງການຈັດຕັ້ງ ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
      <source>The first line must be the header %1.</source>
      <translation>ແຖວທຳອິດ ຕ້ອງເປັນແຖວຫົວຂໍ້ %1.</translation>
    </message>
    <message>
      <source>Line %1 has %2 fields instead of %3.</source>
      <translation>ແຖວທີ %1 ມີ %2 ຊ່ອງ ແທນທີ່ຈະມີ %3 ຊ່ອງ.</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຫຍັງກັບມາ.</translation>
    </message>
    <message>
      <source>The units %1 are each other's parents.</source>
      <translation>ໜ່ວຍງານ %1 ເປັນໜ່ວຍງານຂັ້ນເທິງ ຂອງກັນແລະກັນ.</translation>
    </message>
    <message>
      <source>Unit %1: %2</source>
      <translation>ໜ່ວຍງານ %1: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::PeopleService</name>
    <message>
      <source>The password must have at least %1 characters.</source>
      <translation>ລະຫັດຜ່ານ ຕ້ອງມີຢ່າງໜ້ອຍ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
      <source>The connection is not a PostgreSQL connection.</source>
      <translation>ການເຊື່ອມຕໍ່ນີ້ ບໍ່ແມ່ນການເຊື່ອມຕໍ່ PostgreSQL.</translation>
    </message>
    <message>
      <source>Cannot encrypt the password: %1</source>
      <translation>ບໍ່ສາມາດເຂົ້າລະຫັດ ລະຫັດຜ່ານໄດ້: %1</translation>
    </message>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຫຍັງກັບມາ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::RegisterModel</name>
    <message>
      <source>Number</source>
      <translation>ເລກທີ</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>ວັນທີລົງທະບຽນ</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>ລົງວັນທີ</translation>
    </message>
    <message>
      <source>From / to</source>
      <translation>ຈາກ / ເຖິງ</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>ເລື່ອງ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ປະເພດ</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>ຄວາມລັບ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ສະຖານະ</translation>
    </message>
  </context>
  <context>
    <name>saraban::RegisterService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຫຍັງກັບມາ.</translation>
    </message>
    <message>
      <source>There is no register %1 in unit %2, or you may not see it.</source>
      <translation>ບໍ່ມີປຶ້ມທະບຽນ %1 ໃນໜ່ວຍງານ %2, ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::RoutingDemo</name>
    <message>
      <source>Routing letters to the divisions...</source>
      <translation>ກຳລັງສົ່ງໜັງສືໄປຫາບັນດາຂະແໜງ...</translation>
    </message>
    <message>
      <source>The demo's organisation is not complete: the department or its post division is missing.</source>
      <translation>ການຈັດຕັ້ງຂອງຂໍ້ມູນຕົວຢ່າງ ບໍ່ຄົບຖ້ວນ: ບໍ່ມີພະແນກ ຫຼື ຂະແໜງໄປສະນີ.</translation>
    </message>
    <message>
      <source>Routing the demo letters: %1</source>
      <translation>ການສົ່ງໜັງສືຕົວຢ່າງ: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::RoutingService</name>
    <message>
      <source>The server returned no result.</source>
      <translation>ເຊີບເວີບໍ່ໄດ້ສົ່ງຜົນຕອບກັບມາ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ServerError</name>
    <message>
      <source>Field: %1, rule: %2</source>
      <translation>ຊ່ອງຂໍ້ມູນ: %1, ເງື່ອນໄຂ: %2</translation>
    </message>
    <message>
      <source>You are not allowed to do this (the server refused: %1).</source>
      <translation>ທ່ານບໍ່ມີສິດເຮັດສິ່ງນີ້ (ເຊີບເວີປະຕິເສດ: %1).</translation>
    </message>
    <message>
      <source>The text is not valid UTF-8; nothing was saved.</source>
      <translation>ຂໍ້ຄວາມບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ; ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
      <source>The server had to cancel this because of a simultaneous change; please try again.</source>
      <translation>ເຊີບເວີຕ້ອງຍົກເລີກການດຳເນີນການນີ້ ເພາະມີການປ່ຽນແປງໃນເວລາດຽວກັນ; ກະລຸນາລອງໃໝ່.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ServerTools</name>
    <message>
      <source>Command: %1</source>
      <translation>ຄຳສັ່ງ: %1</translation>
    </message>
    <message>
      <source>The command could not start.</source>
      <translation>ຄຳສັ່ງເລີ່ມບໍ່ໄດ້.</translation>
    </message>
    <message>
      <source>The command timed out.</source>
      <translation>ຄຳສັ່ງໝົດເວລາ.</translation>
    </message>
    <message>
      <source>Exit code: %1</source>
      <translation>ລະຫັດອອກ: %1</translation>
    </message>
    <message>
      <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install the postgresql package.</source>
      <translation>ບໍ່ພົບໂປຣແກຣມເຊີບເວີ PostgreSQL (initdb, pg_ctl). ກະລຸນາຕິດຕັ້ງແພັກເກັດ postgresql.</translation>
    </message>
    <message>
      <source>Looked in: %1</source>
      <translation>ໄດ້ຊອກໃນ: %1</translation>
    </message>
    <message>
      <source>Saraban runs as root, and PostgreSQL refuses to run as root, but there is no postgres system user to run it as.</source>
      <translation>ສາລະບັນ ກຳລັງແລ່ນດ້ວຍ root, ແຕ່ PostgreSQL ບໍ່ຍອມແລ່ນດ້ວຍ root ແລະ ບໍ່ມີຜູ້ໃຊ້ລະບົບ postgres ໃຫ້ແລ່ນແທນ.</translation>
    </message>
    <message>
      <source>Cannot give %1 to the postgres user: %2</source>
      <translation>ບໍ່ສາມາດມອບ %1 ໃຫ້ຜູ້ໃຊ້ postgres ໄດ້: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::SignIn</name>
    <message>
      <source>The user name or the password is wrong. Check both (capital letters count) and try again.</source>
      <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານ ບໍ່ຖືກຕ້ອງ. ກະລຸນາກວດເບິ່ງທັງສອງຢ່າງ (ຕົວພິມໃຫຍ່ ແລະ ພິມນ້ອຍ ແຕກຕ່າງກັນ) ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
      <source>The secure (TLS) connection to %1 failed: the server's certificate is not trusted, or the server and this profile disagree on TLS (mode: %2). Check the profile's TLS setting or ask the administrator.</source>
      <translation>ການເຊື່ອມຕໍ່ແບບປອດໄພ (TLS) ກັບ %1 ບໍ່ສຳເລັດ: ໃບຢັ້ງຢືນຂອງເຊີບເວີ ບໍ່ໄດ້ຮັບຄວາມເຊື່ອຖື, ຫຼື ເຊີບເວີ ແລະ ໂປຣໄຟລ໌ນີ້ ຕັ້ງຄ່າ TLS ບໍ່ກົງກັນ (ແບບ: %2). ກະລຸນາກວດການຕັ້ງຄ່າ TLS ຂອງໂປຣໄຟລ໌ ຫຼື ຖາມຜູ້ບໍລິຫານລະບົບ.</translation>
    </message>
    <message>
      <source>The server does not let this user sign in from this computer. Ask the administrator.</source>
      <translation>ເຊີບເວີ ບໍ່ອະນຸຍາດໃຫ້ຜູ້ໃຊ້ນີ້ ເຂົ້າລະບົບຈາກຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາຖາມຜູ້ບໍລິຫານລະບົບ.</translation>
    </message>
    <message>
      <source>The server at %1 has no database named "%2". Check the profile.</source>
      <translation>ເຊີບເວີ %1 ບໍ່ມີຖານຂໍ້ມູນຊື່ "%2". ກະລຸນາກວດເບິ່ງໂປຣໄຟລ໌.</translation>
    </message>
    <message>
      <source>The server at %1 cannot be reached. Check the network and the server's address and port, or try again in a moment.</source>
      <translation>ບໍ່ສາມາດຕິດຕໍ່ເຊີບເວີ %1 ໄດ້. ກະລຸນາກວດເບິ່ງເຄືອຂ່າຍ, ທີ່ຢູ່ ແລະ ພອດຂອງເຊີບເວີ, ຫຼື ລອງໃໝ່ອີກຈັກໜ້ອຍ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::TimelineModel</name>
    <message>
      <source>registered as %1</source>
      <translation>ລົງທະບຽນ ເລກທີ %1</translation>
    </message>
    <message>
      <source>sent to %1</source>
      <translation>ສົ່ງເຖິງ %1</translation>
    </message>
    <message>
      <source>acknowledged receipt</source>
      <translation>ຢືນຢັນການຮັບແລ້ວ</translation>
    </message>
    <message>
      <source>forwarded</source>
      <translation>ສົ່ງຕໍ່</translation>
    </message>
    <message>
      <source>returned to %1: %2</source>
      <translation>ສົ່ງຄືນໃຫ້ %1: %2</translation>
    </message>
    <message>
      <source>completed: %1</source>
      <translation>ດຳເນີນການສຳເລັດ: %1</translation>
    </message>
    <message>
      <source>recalled from %1</source>
      <translation>ຖອນຄືນຈາກ %1</translation>
    </message>
    <message>
      <source>endorsed: %1</source>
      <translation>ຂຽນຄຳເຫັນສັ່ງການ: %1</translation>
    </message>
    <message>
      <source>commented: %1</source>
      <translation>ໃຫ້ຄຳເຫັນ: %1</translation>
    </message>
    <message>
      <source>Reminder to %1: due tomorrow</source>
      <translation>ແຈ້ງເຕືອນ %1: ຮອດກຳນົດມື້ອື່ນ</translation>
    </message>
    <message>
      <source>Reminder to %1: overdue</source>
      <translation>ແຈ້ງເຕືອນ %1: ກາຍກຳນົດແລ້ວ</translation>
    </message>
    <message>
      <source>%1 for %2</source>
      <translation>%1 ແທນ %2</translation>
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
      <translation>ຄຳສັ່ງ migrate ບໍ່ຮັບຄ່າເພີ່ມເຕີມ.</translation>
    </message>
    <message>
      <source>The schema is already at version %1; nothing to do.</source>
      <translation>ໂຄງສ້າງຖານຂໍ້ມູນເປັນສະບັບ %1 ແລ້ວ; ບໍ່ມີຫຍັງຕ້ອງເຮັດ.</translation>
    </message>
    <message numerus="yes">
      <source>Applied %n migration(s); the schema is now at version %1.</source>
      <translation>
        <numerusform>ໄດ້ປັບປຸງໂຄງສ້າງ %n ຂັ້ນ; ຕອນນີ້ໂຄງສ້າງເປັນສະບັບ %1.</numerusform>
        <numerusform>ໄດ້ປັບປຸງໂຄງສ້າງ %n ຂັ້ນ; ຕອນນີ້ໂຄງສ້າງເປັນສະບັບ %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>status takes no arguments.</source>
      <translation>ຄຳສັ່ງ status ບໍ່ຮັບຄ່າເພີ່ມເຕີມ.</translation>
    </message>
    <message>
      <source>Connection:</source>
      <translation>ການເຊື່ອມຕໍ່:</translation>
    </message>
    <message>
      <source>Server:</source>
      <translation>ເຊີບເວີ:</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>ຖານຂໍ້ມູນ:</translation>
    </message>
    <message>
      <source>User:</source>
      <translation>ຜູ້ໃຊ້:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>ທີ່ຕັ້ງ:</translation>
    </message>
    <message>
      <source>Data directory:</source>
      <translation>ໂຟນເດີຂໍ້ມູນ:</translation>
    </message>
    <message>
      <source>Installation:</source>
      <translation>ລະຫັດການຕິດຕັ້ງ:</translation>
    </message>
    <message>
      <source>(not set up yet)</source>
      <translation>(ຍັງບໍ່ໄດ້ຕັ້ງຄ່າ)</translation>
    </message>
    <message>
      <source>version %1 (current)</source>
      <translation>ສະບັບ %1 (ປັດຈຸບັນ)</translation>
    </message>
    <message>
      <source>version %1, newer than this saraban-admin (%2)</source>
      <translation>ສະບັບ %1, ໃໝ່ກວ່າ saraban-admin ນີ້ (%2)</translation>
    </message>
    <message>
      <source>version %1 of %2: run "saraban-admin migrate"</source>
      <translation>ສະບັບ %1 ຈາກ %2: ກະລຸນາແລ່ນ "saraban-admin migrate"</translation>
    </message>
    <message>
      <source>Schema:</source>
      <translation>ໂຄງສ້າງ:</translation>
    </message>
    <message>
      <source>Apply the schema migrations this version carries.</source>
      <translation>ປັບປຸງໂຄງສ້າງຖານຂໍ້ມູນຕາມສະບັບນີ້.</translation>
    </message>
    <message>
      <source>Show the server, the schema version and where the data lives.</source>
      <translation>ສະແດງເຊີບເວີ, ສະບັບໂຄງສ້າງ ແລະ ບ່ອນເກັບຂໍ້ມູນ.</translation>
    </message>
    <message>
      <source>Usage: saraban-admin [--db CONNINFO] [--lang lo|en] [--verbose] COMMAND</source>
      <translation>ວິທີໃຊ້: saraban-admin [--db CONNINFO] [--lang lo|en] [--verbose] ຄຳສັ່ງ</translation>
    </message>
    <message>
      <source>Without --db (or SARABAN_DB), the command works on your private local server.</source>
      <translation>ຖ້າບໍ່ມີ --db (ຫຼື SARABAN_DB), ຄຳສັ່ງຈະເຮັດວຽກກັບເຊີບເວີສ່ວນຕົວໃນເຄື່ອງຂອງທ່ານ.</translation>
    </message>
    <message>
      <source>Commands:</source>
      <translation>ຄຳສັ່ງ:</translation>
    </message>
    <message>
      <source>%1 needs a value.</source>
      <translation>%1 ຕ້ອງມີຄ່າ.</translation>
    </message>
    <message>
      <source>Unknown option %1.</source>
      <translation>ບໍ່ຮູ້ຈັກຕົວເລືອກ %1.</translation>
    </message>
    <message>
      <source>Unknown language "%1": use lo or en.</source>
      <translation>ບໍ່ຮູ້ຈັກພາສາ "%1": ໃຫ້ໃຊ້ lo ຫຼື en.</translation>
    </message>
    <message>
      <source>No command given.</source>
      <translation>ບໍ່ໄດ້ໃສ່ຄຳສັ່ງ.</translation>
    </message>
    <message>
      <source>Unknown command "%1".</source>
      <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງ "%1".</translation>
    </message>
    <message>
      <source>audit needs: verify</source>
      <translation>audit ຕ້ອງການ: verify</translation>
    </message>
    <message>
      <source>Check that no audit record was changed, deleted or inserted.</source>
      <translation>ກວດວ່າ ບໍ່ມີບັນທຶກການກວດສອບໃດ ຖືກແກ້ໄຂ, ລຶບ ຫຼື ແຊກເຂົ້າ.</translation>
    </message>
    <message>
      <source>No password on standard input.</source>
      <translation>ບໍ່ມີລະຫັດຜ່ານ ໃນຂໍ້ມູນປ້ອນເຂົ້າມາດຕະຖານ (standard input).</translation>
    </message>
    <message>
      <source>Password for %1: </source>
      <translation>ລະຫັດຜ່ານຂອງ %1: </translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>ປ້ອນລະຫັດຜ່ານເດີມອີກຄັ້ງ: </translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>ລະຫັດຜ່ານທັງສອງ ບໍ່ກົງກັນ.</translation>
    </message>
    <message>
      <source>Usage: saraban-admin %1</source>
      <translation>ວິທີໃຊ້: saraban-admin %1</translation>
    </message>
    <message>
      <source>demo takes only options.</source>
      <translation>demo ຮັບແຕ່ຕົວເລືອກເທົ່ານັ້ນ.</translation>
    </message>
    <message>
      <source>The scale must be a number above 0.</source>
      <translation>ອັດຕາສ່ວນ ຕ້ອງເປັນຕົວເລກທີ່ໃຫຍ່ກວ່າ 0.</translation>
    </message>
    <message>
      <source>The database already has data; the demo was not built.</source>
      <translation>ຖານຂໍ້ມູນ ມີຂໍ້ມູນຢູ່ແລ້ວ; ບໍ່ໄດ້ສ້າງຂໍ້ມູນຕົວຢ່າງ.</translation>
    </message>
    <message>
      <source>Demo province built in %1 s: %2 units, %3 people, %4 registers, %5 outside organisations, %6 letters (%7 PDF files).</source>
      <translation>ສ້າງແຂວງຕົວຢ່າງແລ້ວ ໃນ %1 ວິນາທີ: ໜ່ວຍງານ %2, ບຸກຄົນ %3, ປຶ້ມທະບຽນ %4, ອົງການພາຍນອກ %5, ໜັງສື %6 ສະບັບ (ໄຟລ໌ PDF %7).</translation>
    </message>
    <message>
      <source>Every demo user's password is "%1":</source>
      <translation>ລະຫັດຜ່ານ ຂອງຜູ້ໃຊ້ຕົວຢ່າງທຸກຄົນ ແມ່ນ "%1":</translation>
    </message>
    <message>
      <source>Build a demo province with people, registers and letters.</source>
      <translation>ສ້າງແຂວງຕົວຢ່າງ ພ້ອມບຸກຄົນ, ປຶ້ມທະບຽນ ແລະ ໜັງສື.</translation>
    </message>
    <message>
      <source>org needs: import FILE.csv</source>
      <translation>org ຕ້ອງການ: import FILE.csv</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>ບໍ່ສາມາດອ່ານ %1: %2</translation>
    </message>
    <message>
      <source>Imported %1: %2 unit(s) added, %3 updated.</source>
      <translation>ນຳເຂົ້າ %1 ແລ້ວ: ເພີ່ມໜ່ວຍງານ %2, ປັບປຸງ %3.</translation>
    </message>
    <message>
      <source>Import units (code,parent,kind,name_lo,name_en,abbreviation) from a CSV org chart.</source>
      <translation>ນຳເຂົ້າໜ່ວຍງານ (code,parent,kind,name_lo,name_en,abbreviation) ຈາກໄຟລ໌ CSV ໂຄງຮ່າງການຈັດຕັ້ງ.</translation>
    </message>
    <message>
      <source>register needs: add</source>
      <translation>register ຕ້ອງການ: add</translation>
    </message>
    <message>
      <source>register add needs %1.</source>
      <translation>register add ຕ້ອງມີ %1.</translation>
    </message>
    <message>
      <source>The direction must be incoming, outgoing or internal.</source>
      <translation>ທິດທາງ ຕ້ອງແມ່ນ incoming, outgoing ຫຼື internal.</translation>
    </message>
    <message>
      <source>Added register %1 of unit %2 (%3).</source>
      <translation>ເພີ່ມປຶ້ມທະບຽນ %1 ຂອງໜ່ວຍງານ %2 (%3) ແລ້ວ.</translation>
    </message>
    <message>
      <source>Add a register of letters to a unit.</source>
      <translation>ເພີ່ມປຶ້ມທະບຽນໜັງສື ໃຫ້ໜ່ວຍງານ.</translation>
    </message>
    <message>
      <source>user needs: add, grant or disable, and a login.</source>
      <translation>user ຕ້ອງການ: add, grant ຫຼື disable, ແລະ ຊື່ເຂົ້າລະບົບ.</translation>
    </message>
    <message>
      <source>add needs --name, --unit and --role.</source>
      <translation>add ຕ້ອງມີ --name, --unit ແລະ --role.</translation>
    </message>
    <message>
      <source>grant needs --unit and --role.</source>
      <translation>grant ຕ້ອງມີ --unit ແລະ --role.</translation>
    </message>
    <message>
      <source>The role must be clerk, officer, head, archivist or admin.</source>
      <translation>ບົດບາດ ຕ້ອງແມ່ນ clerk, officer, head, archivist ຫຼື admin.</translation>
    </message>
    <message>
      <source>Unknown user action "%1".</source>
      <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງ user "%1".</translation>
    </message>
    <message>
      <source>The clearance must be a number.</source>
      <translation>ລະດັບສິດເຂົ້າເຖິງເອກະສານລັບ ຕ້ອງເປັນຕົວເລກ.</translation>
    </message>
    <message>
      <source>Added %1 as %2 in %3.</source>
      <translation>ເພີ່ມ %1 ເປັນ %2 ໃນ %3 ແລ້ວ.</translation>
    </message>
    <message>
      <source>%1 is now also %2 in %3.</source>
      <translation>ດຽວນີ້ %1 ຍັງເປັນ %2 ໃນ %3 ນຳອີກ.</translation>
    </message>
    <message>
      <source>Disabled %1: the account can no longer sign in.</source>
      <translation>ປິດການນຳໃຊ້ %1 ແລ້ວ: ບັນຊີນີ້ ເຂົ້າລະບົບບໍ່ໄດ້ອີກ.</translation>
    </message>
    <message>
      <source>Add a person (password from standard input), give a role, disable.</source>
      <translation>ເພີ່ມບຸກຄົນ (ລະຫັດຜ່ານຈາກ standard input), ມອບບົດບາດ, ປິດການນຳໃຊ້.</translation>
    </message>
    <message>
      <source>Signer:</source>
      <translation>ຜູ້ລົງລາຍເຊັນ:</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>ເວລາ:</translation>
    </message>
    <message>
      <source>Signed at:</source>
      <translation>ລົງລາຍເຊັນເມື່ອ:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>ເຫດຜົນ:</translation>
    </message>
    <message>
      <source>Integrity:</source>
      <translation>ຄວາມຖືກຕ້ອງ:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>ໃບຢັ້ງຢືນ:</translation>
    </message>
    <message>
      <source>Issued by:</source>
      <translation>ອອກໃຫ້ໂດຍ:</translation>
    </message>
    <message>
      <source>Valid:</source>
      <translation>ໃຊ້ໄດ້:</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>ແຕ່ %1 ຫາ %2</translation>
    </message>
    <message>
      <source>The certificate is self-signed.</source>
      <translation>ໃບຢັ້ງຢືນນີ້ ເຊັນຮັບຮອງຕົນເອງ.</translation>
    </message>
    <message>
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <source>Coverage:</source>
      <translation>ຂອບເຂດທີ່ເຊັນ:</translation>
    </message>
    <message>
      <source>verify needs at least one PDF file.</source>
      <translation>ຄຳສັ່ງ verify ຕ້ອງການໄຟລ໌ PDF ຢ່າງໜ້ອຍໜຶ່ງໄຟລ໌.</translation>
    </message>
    <message>
      <source>No certificate authority is trusted yet (%1).</source>
      <translation>ຍັງບໍ່ມີອົງການອອກໃບຢັ້ງຢືນໃດທີ່ໄດ້ຮັບຄວາມເຊື່ອຖື (%1).</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>ເຈົ້າຂອງ:</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>ໃຊ້ໄດ້ຮອດ:</translation>
    </message>
    <message>
      <source>Usage: trust add FILE [--name NAME]</source>
      <translation>ວິທີໃຊ້: trust add FILE [--name NAME]</translation>
    </message>
    <message>
      <source>Signatures by certificates from "%1" are now trusted.</source>
      <translation>ລາຍເຊັນທີ່ໃຊ້ໃບຢັ້ງຢືນຈາກ "%1" ໄດ້ຮັບຄວາມເຊື່ອຖືແລ້ວ.</translation>
    </message>
    <message>
      <source>Certificates revoked in %1 are now shown as revoked.</source>
      <translation>ໃບຢັ້ງຢືນທີ່ຖືກຖອນຄືນໃນ %1 ຈະສະແດງວ່າຖືກຖອນຄືນແລ້ວ.</translation>
    </message>
    <message>
      <source>"%1" is no longer trusted.</source>
      <translation>"%1" ບໍ່ໄດ້ຮັບຄວາມເຊື່ອຖືອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
      <source>Usage: trust add FILE [--name NAME] | add-crl FILE | list | remove NAME</source>
      <translation>ວິທີໃຊ້: trust add FILE [--name NAME] | add-crl FILE | list | remove NAME</translation>
    </message>
    <message>
      <source>Check the signatures of PDF files: exit 0 only when every file is signed, every signature is valid and trusted, and nothing changed after signing.</source>
      <translation>ກວດລາຍເຊັນຂອງໄຟລ໌ PDF: ອອກດ້ວຍລະຫັດ 0 ກໍຕໍ່ເມື່ອທຸກໄຟລ໌ມີລາຍເຊັນ, ທຸກລາຍເຊັນຖືກຕ້ອງ ແລະ ເຊື່ອຖືໄດ້, ແລະ ບໍ່ມີຫຍັງປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Manage the certificate authorities trusted for signatures.</source>
      <translation>ຈັດການອົງການອອກໃບຢັ້ງຢືນ ທີ່ເຊື່ອຖືສຳລັບລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Password of %1: </source>
      <translation>ລະຫັດຜ່ານຂອງ %1: </translation>
    </message>
    <message>
      <source>Password of Saraban's key store: </source>
      <translation>ລະຫັດຜ່ານຂອງບ່ອນເກັບກະແຈ Saraban: </translation>
    </message>
    <message>
      <source>Can now sign as "%1".</source>
      <translation>ຕອນນີ້ ສາມາດລົງລາຍເຊັນເປັນ "%1" ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
      <source>No signing certificate yet (%1).</source>
      <translation>ຍັງບໍ່ມີໃບຢັ້ງຢືນສຳລັບລົງລາຍເຊັນ (%1).</translation>
    </message>
    <message>
      <source>signer needs: import FILE or list.</source>
      <translation>signer ຕ້ອງການ: import ໄຟລ໌ ຫຼື list.</translation>
    </message>
    <message>
      <source>document needs an action, an input and an output.</source>
      <translation>document ຕ້ອງການ ຄຳສັ່ງ, ໄຟລ໌ເຂົ້າ ແລະ ໄຟລ໌ອອກ.</translation>
    </message>
    <message>
      <source>%1 is not a JSON object.</source>
      <translation>%1 ບໍ່ແມ່ນອອບເຈັກ JSON.</translation>
    </message>
    <message>
      <source>sign needs --cert.</source>
      <translation>sign ຕ້ອງການ --cert.</translation>
    </message>
    <message>
      <source>Password or PIN of the certificate: </source>
      <translation>ລະຫັດຜ່ານ ຫຼື PIN ຂອງໃບຢັ້ງຢືນ: </translation>
    </message>
    <message>
      <source>stamp needs --unit and --number.</source>
      <translation>stamp ຕ້ອງການ --unit ແລະ --number.</translation>
    </message>
    <message>
      <source>endorse needs --text and --head.</source>
      <translation>endorse ຕ້ອງການ --text ແລະ --head.</translation>
    </message>
    <message>
      <source>Unknown document action "%1".</source>
      <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງ document "%1".</translation>
    </message>
    <message>
      <source>Import your signing certificate (PKCS#12) into Saraban's key store.</source>
      <translation>ນຳເຂົ້າໃບຢັ້ງຢືນລົງລາຍເຊັນ (PKCS#12) ຂອງທ່ານ ເຂົ້າໃນບ່ອນເກັບກະແຈຂອງ Saraban.</translation>
    </message>
    <message>
      <source>Compose a letter as PDF, sign it, or add a received stamp or an endorsement as a new revision.</source>
      <translation>ສ້າງໜັງສືເປັນ PDF, ລົງລາຍເຊັນ, ຫຼື ເພີ່ມກາຈ້ຳຮັບ ຫຼື ຄຳເຫັນສັ່ງການ ເປັນສະບັບໃໝ່.</translation>
    </message>
    <message>
      <source>reminders takes no arguments</source>
      <translation>reminders ບໍ່ຮັບຂໍ້ມູນເພີ່ມເຕີມ</translation>
    </message>
    <message numerus="yes">
      <source>%n reminder(s) sent.</source>
      <translation>
        <numerusform>ສົ່ງການແຈ້ງເຕືອນແລ້ວ %n ລາຍການ.</numerusform>
        <numerusform>ສົ່ງການແຈ້ງເຕືອນແລ້ວ %n ລາຍການ.</numerusform>
      </translation>
    </message>
    <message>
      <source>timeline needs a letter id</source>
      <translation>timeline ຕ້ອງມີເລກລະຫັດຂອງໜັງສື</translation>
    </message>
    <message>
      <source>Send the routing reminders that are due (for cron).</source>
      <translation>ສົ່ງການແຈ້ງເຕືອນ ສຳລັບເລື່ອງທີ່ໃກ້ຮອດ ຫຼື ກາຍກຳນົດ (ສຳລັບ cron).</translation>
    </message>
    <message>
      <source>Show a letter's history: every movement, decision and comment.</source>
      <translation>ສະແດງປະຫວັດຂອງໜັງສື: ທຸກການເຄື່ອນໄຫວ, ການຕັດສິນ ແລະ ຄຳເຫັນ.</translation>
    </message>
    <message>
      <source>"%1" in the template file: %2</source>
      <translation>"%1" ໃນໄຟລ໌ແບບຟອມ: %2</translation>
    </message>
    <message>
      <source>must be text</source>
      <translation>ຕ້ອງເປັນຂໍ້ຄວາມ</translation>
    </message>
    <message>
      <source>must be a list of lines</source>
      <translation>ຕ້ອງເປັນລາຍການແຖວ</translation>
    </message>
    <message>
      <source>must be [x, y, width, height]</source>
      <translation>ຕ້ອງເປັນ [x, y, ຄວາມກວ້າງ, ຄວາມສູງ]</translation>
    </message>
    <message>
      <source>template needs: show, or set FILE.json</source>
      <translation>template ຕ້ອງມີ: show ຫຼື set FILE.json</translation>
    </message>
    <message>
      <source>template needs --unit.</source>
      <translation>template ຕ້ອງມີ --unit.</translation>
    </message>
    <message>
      <source>%1 is not a JSON object (%2 at byte %3).</source>
      <translation>%1 ບໍ່ແມ່ນວັດຖຸ JSON (%2 ທີ່ໄບຕ໌ %3).</translation>
    </message>
    <message>
      <source>There is no unit with the code %1.</source>
      <translation>ບໍ່ມີໜ່ວຍງານທີ່ມີລະຫັດ %1.</translation>
    </message>
    <message>
      <source>Unit %1 and the units above it have no template "%2"; letters use the defaults below.</source>
      <translation>ໜ່ວຍງານ %1 ແລະ ໜ່ວຍງານຂັ້ນເທິງ ບໍ່ມີແບບຟອມ "%2"; ໜັງສືຈະໃຊ້ຄ່າເລີ່ມຕົ້ນຂ້າງລຸ່ມນີ້.</translation>
    </message>
    <message>
      <source>Saved the letter template "%1" of unit %2.</source>
      <translation>ບັນທຶກແບບຟອມໜັງສື "%1" ຂອງໜ່ວຍງານ %2 ແລ້ວ.</translation>
    </message>
    <message>
      <source>Show or change a unit's letter template (header, issuer, place).</source>
      <translation>ສະແດງ ຫຼື ແກ້ໄຂແບບຟອມໜັງສືຂອງໜ່ວຍງານ (ຫົວເອກະສານ, ຜູ້ອອກ, ສະຖານທີ່).</translation>
    </message>
  </context>
  <context>
    <name>saraban::db</name>
    <message>
      <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
      <translation>ບໍ່ໄດ້ຕິດຕັ້ງໄດເວີ PostgreSQL ສຳລັບ Qt (ແພັກເກັດ Debian libqt6sql6-psql).</translation>
    </message>
    <message>
      <source>The connection option %1 must not contain ';'.</source>
      <translation>ຕົວເລືອກການເຊື່ອມຕໍ່ %1 ຕ້ອງບໍ່ມີເຄື່ອງໝາຍ ';'.</translation>
    </message>
    <message>
      <source>Cannot connect to %1: %2</source>
      <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບ %1 ໄດ້: %2</translation>
    </message>
    <message>
      <source>The connection is not a PostgreSQL connection.</source>
      <translation>ການເຊື່ອມຕໍ່ນີ້ບໍ່ແມ່ນການເຊື່ອມຕໍ່ PostgreSQL.</translation>
    </message>
    <message>
      <source>
(at line %1 of the script)</source>
      <translation>
(ຢູ່ແຖວທີ %1 ຂອງສະຄຣິບ)</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::DocumentTools</name>
    <message>
      <source>The password or PIN of the certificate is wrong.</source>
      <translation>ລະຫັດຜ່ານ ຫຼື PIN ຂອງໃບຢັ້ງຢືນ ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
      <source>The certificate is not in Saraban's key store or on a connected token.</source>
      <translation>ບໍ່ພົບໃບຢັ້ງຢືນນີ້ ໃນບ່ອນເກັບກະແຈຂອງ Saraban ຫຼື ໃນອຸປະກອນກະແຈ (token) ທີ່ເຊື່ອມຕໍ່ຢູ່.</translation>
    </message>
    <message>
      <source>Saraban's key store has no certificate to sign with yet: import one first.</source>
      <translation>ບ່ອນເກັບກະແຈຂອງ Saraban ຍັງບໍ່ມີໃບຢັ້ງຢືນສຳລັບລົງລາຍເຊັນ: ກະລຸນານຳເຂົ້າກ່ອນ.</translation>
    </message>
    <message>
      <source>The document could not be signed.</source>
      <translation>ບໍ່ສາມາດລົງລາຍເຊັນໃສ່ເອກະສານນີ້ໄດ້.</translation>
    </message>
    <message>
      <source>No Lao font is installed (Debian package fonts-lao or fonts-noto-core).</source>
      <translation>ບໍ່ມີຟອນພາສາລາວ ຕິດຕັ້ງຢູ່ (ແພັກເກັດ Debian fonts-lao ຫຼື fonts-noto-core).</translation>
    </message>
    <message>
      <source>The letter could not be written as PDF.</source>
      <translation>ບໍ່ສາມາດສ້າງໜັງສືນີ້ເປັນ PDF ໄດ້.</translation>
    </message>
    <message>
      <source>The stamp could not be added to the document.</source>
      <translation>ບໍ່ສາມາດເພີ່ມກາຈ້ຳໃສ່ເອກະສານນີ້ໄດ້.</translation>
    </message>
    <message>
      <source>Producing the document took too long and was stopped.</source>
      <translation>ການສ້າງເອກະສານ ໃຊ້ເວລາດົນເກີນໄປ ຈຶ່ງຖືກຢຸດ.</translation>
    </message>
    <message>
      <source>The file is too large.</source>
      <translation>ໄຟລ໌ໃຫຍ່ເກີນໄປ.</translation>
    </message>
    <message>
      <source>Saraban's document helper could not be started.</source>
      <translation>ບໍ່ສາມາດເປີດໂປຣແກຣມຊ່ວຍສ້າງເອກະສານ ຂອງ Saraban ໄດ້.</translation>
    </message>
    <message>
      <source>Saraban's document helper stopped while working on this file.</source>
      <translation>ໂປຣແກຣມຊ່ວຍສ້າງເອກະສານ ຂອງ Saraban ຢຸດເຮັດວຽກ ໃນຂະນະທີ່ກຳລັງເຮັດໄຟລ໌ນີ້.</translation>
    </message>
    <message>
      <source>The file could not be read as a PDF.</source>
      <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ເປັນ PDF ໄດ້.</translation>
    </message>
    <message>
      <source>Saraban's document helper gave an answer it does not understand.</source>
      <translation>ໂປຣແກຣມຊ່ວຍສ້າງເອກະສານ ຂອງ Saraban ຕອບກັບມາ ໃນແບບທີ່ບໍ່ສາມາດເຂົ້າໃຈໄດ້.</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::KeyStore</name>
    <message>
      <source>The program %1 is not installed (Debian package libnss3-tools).</source>
      <translation>ບໍ່ໄດ້ຕິດຕັ້ງໂປຣແກຣມ %1 (ແພັກເກັດ Debian libnss3-tools).</translation>
    </message>
    <message>
      <source>The program %1 did not finish.</source>
      <translation>ໂປຣແກຣມ %1 ເຮັດວຽກບໍ່ສຳເລັດ.</translation>
    </message>
    <message>
      <source>Cannot create the key store folder %1.</source>
      <translation>ບໍ່ສາມາດສ້າງໂຟນເດີບ່ອນເກັບກະແຈ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot create the key store in %1.</source>
      <translation>ບໍ່ສາມາດສ້າງບ່ອນເກັບກະແຈ ໃນ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>The key store needs a password: it protects your signing keys.</source>
      <translation>ບ່ອນເກັບກະແຈ ຕ້ອງມີລະຫັດຜ່ານ: ມັນປົກປ້ອງກະແຈລົງລາຍເຊັນຂອງທ່ານ.</translation>
    </message>
    <message>
      <source>Cannot write a temporary file.</source>
      <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ຊົ່ວຄາວໄດ້.</translation>
    </message>
    <message>
      <source>The password of Saraban's key store is wrong.</source>
      <translation>ລະຫັດຜ່ານຂອງບ່ອນເກັບກະແຈ Saraban ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
      <source>The password of %1 is wrong, or it is not a PKCS#12 file.</source>
      <translation>ລະຫັດຜ່ານຂອງ %1 ບໍ່ຖືກຕ້ອງ ຫຼື ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ PKCS#12.</translation>
    </message>
    <message>
      <source>Cannot import %1.</source>
      <translation>ບໍ່ສາມາດນຳເຂົ້າ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot read the key store.</source>
      <translation>ບໍ່ສາມາດອ່ານບ່ອນເກັບກະແຈໄດ້.</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::PdfDocument</name>
    <message>
      <source>it cannot be opened (%1)</source>
      <translation>ເປີດບໍ່ໄດ້ (%1)</translation>
    </message>
    <message>
      <source>it is larger than %1 MB</source>
      <translation>ມັນໃຫຍ່ກວ່າ %1 MB</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>ໄຟລ໌ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
      <source>it is not a PDF file, or it is damaged</source>
      <translation>ມັນບໍ່ແມ່ນໄຟລ໌ PDF ຫຼື ໄຟລ໌ເສຍຫາຍ</translation>
    </message>
    <message>
      <source>it has no pages</source>
      <translation>ມັນບໍ່ມີໜ້າໃດເລີຍ</translation>
    </message>
    <message>
      <source>it is protected by a password</source>
      <translation>ມັນຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ</translation>
    </message>
    <message>
      <source>it is encrypted in a way Saraban cannot open (for certificates, not with a password)</source>
      <translation>ມັນຖືກເຂົ້າລະຫັດດ້ວຍວິທີທີ່ ສາລະບັນ ເປີດບໍ່ໄດ້ (ເຂົ້າລະຫັດສຳລັບໃບຢັ້ງຢືນ, ບໍ່ແມ່ນດ້ວຍລະຫັດຜ່ານ)</translation>
    </message>
    <message>
      <source>the PDF reader stopped unexpectedly on this file</source>
      <translation>ໂປຣແກຣມອ່ານ PDF ຢຸດເຮັດວຽກກະທັນຫັນ ເມື່ອອ່ານໄຟລ໌ນີ້</translation>
    </message>
    <message>
      <source>reading it took longer than %1 seconds</source>
      <translation>ການອ່ານໃຊ້ເວລາດົນກວ່າ %1 ວິນາທີ</translation>
    </message>
    <message>
      <source>drawing the page took too long</source>
      <translation>ການສະແດງໜ້ານີ້ໃຊ້ເວລາດົນເກີນໄປ</translation>
    </message>
    <message>
      <source>reading was cancelled</source>
      <translation>ການອ່ານຖືກຍົກເລີກ</translation>
    </message>
    <message>
      <source>the PDF helper program could not be started</source>
      <translation>ບໍ່ສາມາດເລີ່ມໂປຣແກຣມຊ່ວຍອ່ານ PDF ໄດ້</translation>
    </message>
    <message>
      <source>the page does not exist</source>
      <translation>ບໍ່ມີໜ້ານີ້</translation>
    </message>
    <message>
      <source>the page cannot be drawn</source>
      <translation>ບໍ່ສາມາດສະແດງໜ້ານີ້ໄດ້</translation>
    </message>
    <message>
      <source>an unexpected error (%1)</source>
      <translation>ເກີດຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ (%1)</translation>
    </message>
    <message>
      <source>The file could not be read: %1.</source>
      <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ໄດ້: %1.</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::SignatureModel</name>
    <message>
      <source>%1 (not signed)</source>
      <translation>%1 (ຍັງບໍ່ໄດ້ເຊັນ)</translation>
    </message>
    <message>
      <source>%1 · revision %2 of %3</source>
      <translation>%1 · ສະບັບທີ %2 ໃນ %3</translation>
    </message>
    <message>
      <source>Signer</source>
      <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
      <source>Signed at</source>
      <translation>ລົງລາຍເຊັນເມື່ອ</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>ຜົນການກວດ</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>ຂອບເຂດທີ່ເຊັນ</translation>
    </message>
    <message>
      <source>Field:</source>
      <translation>ຊ່ອງລາຍເຊັນ:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>ປະເພດ:</translation>
    </message>
    <message>
      <source>Verdict:</source>
      <translation>ຜົນການກວດ:</translation>
    </message>
    <message>
      <source>Signer:</source>
      <translation>ຜູ້ລົງລາຍເຊັນ:</translation>
    </message>
    <message>
      <source>Distinguished name:</source>
      <translation>ຊື່ເຕັມ (DN):</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>ເວລາ:</translation>
    </message>
    <message>
      <source>Signing time:</source>
      <translation>ເວລາລົງລາຍເຊັນ:</translation>
    </message>
    <message>
      <source>(as the signature states it)</source>
      <translation>(ຕາມທີ່ລາຍເຊັນລະບຸ)</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>ເຫດຜົນ:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>ສະຖານທີ່:</translation>
    </message>
    <message>
      <source>Integrity:</source>
      <translation>ຄວາມຖືກຕ້ອງ:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>ໃບຢັ້ງຢືນ:</translation>
    </message>
    <message>
      <source>Coverage:</source>
      <translation>ຂອບເຂດທີ່ເຊັນ:</translation>
    </message>
    <message>
      <source>Certification:</source>
      <translation>ການຮັບຮອງເອກະສານ:</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>ຮູບແບບ:</translation>
    </message>
    <message>
      <source>Hash algorithm:</source>
      <translation>ວິທີຄິດໄລ່ Hash:</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>ເຈົ້າຂອງໃບຢັ້ງຢືນ:</translation>
    </message>
    <message>
      <source>Issuer:</source>
      <translation>ຜູ້ອອກໃບຢັ້ງຢືນ:</translation>
    </message>
    <message>
      <source>Valid from:</source>
      <translation>ໃຊ້ໄດ້ຕັ້ງແຕ່:</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>ໃຊ້ໄດ້ຮອດ:</translation>
    </message>
    <message>
      <source>Self-signed:</source>
      <translation>ເຊັນຮັບຮອງຕົນເອງ:</translation>
    </message>
    <message>
      <source>yes: the certificate vouches only for itself</source>
      <translation>ແມ່ນ: ໃບຢັ້ງຢືນນີ້ຮັບຮອງແຕ່ຕົນເອງເທົ່ານັ້ນ</translation>
    </message>
    <message>
      <source>Serial number:</source>
      <translation>ເລກລຳດັບ:</translation>
    </message>
    <message>
      <source>Public key:</source>
      <translation>ກະແຈສາທາລະນະ:</translation>
    </message>
    <message>
      <source>%1, %2 bits</source>
      <translation>%1, %2 ບິດ</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint:</source>
      <translation>ລາຍນິ້ວມື SHA-256:</translation>
    </message>
    <message>
      <source>SHA-1 fingerprint:</source>
      <translation>ລາຍນິ້ວມື SHA-1:</translation>
    </message>
    <message>
      <source>Technical detail:</source>
      <translation>ລາຍລະອຽດທາງເຕັກນິກ:</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::SignatureText</name>
    <message>
      <source>Signature</source>
      <translation>ລາຍເຊັນ</translation>
    </message>
    <message>
      <source>Document timestamp</source>
      <translation>ການປະທັບເວລາເອກະສານ</translation>
    </message>
    <message>
      <source>Empty signature field</source>
      <translation>ຊ່ອງລາຍເຊັນທີ່ຍັງຫວ່າງ</translation>
    </message>
    <message>
      <source>The signature matches the signed content.</source>
      <translation>ລາຍເຊັນກົງກັບເນື້ອໃນທີ່ໄດ້ເຊັນ.</translation>
    </message>
    <message>
      <source>The signed content was changed after signing.</source>
      <translation>ເນື້ອໃນທີ່ໄດ້ເຊັນ ຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>The signature does not match the signed content.</source>
      <translation>ລາຍເຊັນບໍ່ກົງກັບເນື້ອໃນທີ່ໄດ້ເຊັນ.</translation>
    </message>
    <message>
      <source>The signature data is damaged and cannot be read.</source>
      <translation>ຂໍ້ມູນລາຍເຊັນເສຍຫາຍ ແລະ ອ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
      <source>Saraban cannot check this kind of signature.</source>
      <translation>ສາລະບັນ ບໍ່ສາມາດກວດລາຍເຊັນປະເພດນີ້ໄດ້.</translation>
    </message>
    <message>
      <source>Not checked.</source>
      <translation>ບໍ່ໄດ້ກວດ.</translation>
    </message>
    <message>
      <source>The certificate was issued by a trusted authority.</source>
      <translation>ໃບຢັ້ງຢືນອອກໃຫ້ໂດຍອົງການທີ່ເຊື່ອຖືໄດ້.</translation>
    </message>
    <message>
      <source>The certificate has expired, but it was valid and trusted at the signing time the signature states.</source>
      <translation>ໃບຢັ້ງຢືນໝົດອາຍຸແລ້ວ, ແຕ່ວ່າຍັງໃຊ້ໄດ້ ແລະ ເຊື່ອຖືໄດ້ ໃນເວລາລົງລາຍເຊັນທີ່ລາຍເຊັນລະບຸ.</translation>
    </message>
    <message>
      <source>The certificate has expired, and it was not valid at the signing time the signature states.</source>
      <translation>ໃບຢັ້ງຢືນໝົດອາຍຸແລ້ວ, ແລະ ບໍ່ສາມາດໃຊ້ໄດ້ ໃນເວລາລົງລາຍເຊັນທີ່ລາຍເຊັນລະບຸ.</translation>
    </message>
    <message>
      <source>The certificate is not valid yet.</source>
      <translation>ໃບຢັ້ງຢືນຍັງບໍ່ທັນມີຜົນໃຊ້ໄດ້.</translation>
    </message>
    <message>
      <source>The certificate's issuer is marked as not trusted.</source>
      <translation>ຜູ້ອອກໃບຢັ້ງຢືນ ຖືກໝາຍວ່າບໍ່ເຊື່ອຖື.</translation>
    </message>
    <message>
      <source>The certificate was not issued by an authority Saraban trusts.</source>
      <translation>ໃບຢັ້ງຢືນບໍ່ໄດ້ອອກໃຫ້ໂດຍອົງການທີ່ ສາລະບັນ ເຊື່ອຖື.</translation>
    </message>
    <message>
      <source>The certificate has been revoked.</source>
      <translation>ໃບຢັ້ງຢືນຖືກຖອນຄືນແລ້ວ.</translation>
    </message>
    <message>
      <source>The certificate or its chain is not valid.</source>
      <translation>ໃບຢັ້ງຢືນ ຫຼື ລະບົບຕ່ອງໂສ້ຂອງມັນບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
      <source>The certificate was not checked.</source>
      <translation>ໃບຢັ້ງຢືນບໍ່ໄດ້ຮັບການກວດ.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>ຖືກຕ້ອງ</translation>
    </message>
    <message>
      <source>Signer not trusted</source>
      <translation>ບໍ່ເຊື່ອຖືຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
      <source>Cannot be verified</source>
      <translation>ກວດບໍ່ໄດ້</translation>
    </message>
    <message>
      <source>Not signed</source>
      <translation>ຍັງບໍ່ໄດ້ເຊັນ</translation>
    </message>
    <message>
      <source>This document is not signed.</source>
      <translation>ເອກະສານນີ້ບໍ່ມີລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>This document has signature fields, but nobody has signed it yet.</source>
      <translation>ເອກະສານນີ້ມີຊ່ອງລາຍເຊັນ, ແຕ່ຍັງບໍ່ມີໃຜລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>All signatures are valid, and the document has not changed since it was signed.</source>
      <translation>ທຸກລາຍເຊັນຖືກຕ້ອງ, ແລະ ເອກະສານບໍ່ໄດ້ປ່ຽນແປງຕັ້ງແຕ່ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>The document has not changed since it was signed, but not every signer is trusted.</source>
      <translation>ເອກະສານບໍ່ໄດ້ປ່ຽນແປງຕັ້ງແຕ່ລົງລາຍເຊັນ, ແຕ່ບໍ່ແມ່ນຜູ້ລົງລາຍເຊັນທຸກຄົນທີ່ເຊື່ອຖືໄດ້.</translation>
    </message>
    <message>
      <source>Some signatures cannot be verified.</source>
      <translation>ມີບາງລາຍເຊັນທີ່ກວດບໍ່ໄດ້.</translation>
    </message>
    <message>
      <source>The document was changed after it was signed.</source>
      <translation>ເອກະສານຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>At least one signature is invalid.</source>
      <translation>ມີຢ່າງໜ້ອຍໜຶ່ງລາຍເຊັນທີ່ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
      <source>Covers the whole document.</source>
      <translation>ຄອບຄຸມເອກະສານທັງໝົດ.</translation>
    </message>
    <message>
      <source>Covers revision %1 of %2: the document was changed after this signature.</source>
      <translation>ຄອບຄຸມສະບັບທີ %1 ໃນ %2 ສະບັບ: ເອກະສານຖືກປ່ຽນແປງຫຼັງຈາກລາຍເຊັນນີ້.</translation>
    </message>
    <message>
      <source>The signed byte ranges leave out more than the signature itself.</source>
      <translation>ຂອບເຂດທີ່ເຊັນ ຍົກເວັ້ນຫຼາຍກວ່າຕົວລາຍເຊັນເອງ.</translation>
    </message>
    <message>
      <source>Covers only the first %1 of %2 bytes; the rest of the file is not signed.</source>
      <translation>ຄອບຄຸມພຽງ %1 ໄບຕ໌ທຳອິດ ຈາກທັງໝົດ %2 ໄບຕ໌; ສ່ວນທີ່ເຫຼືອຂອງໄຟລ໌ບໍ່ໄດ້ເຊັນ.</translation>
    </message>
    <message>
      <source>The signed byte ranges are irregular, so it is not clear what was signed.</source>
      <translation>ຂອບເຂດທີ່ເຊັນຜິດປົກກະຕິ, ຈຶ່ງບໍ່ຊັດເຈນວ່າໄດ້ເຊັນຫຍັງ.</translation>
    </message>
    <message>
      <source>The signed byte ranges point outside the file.</source>
      <translation>ຂອບເຂດທີ່ເຊັນ ຊີ້ອອກນອກໄຟລ໌.</translation>
    </message>
    <message>
      <source>Nothing is signed.</source>
      <translation>ບໍ່ມີຫຍັງຖືກເຊັນ.</translation>
    </message>
    <message>
      <source>The signatures cover revision %1 of %2. Open the signed version to see exactly what was signed.</source>
      <translation>ລາຍເຊັນຄອບຄຸມສະບັບທີ %1 ໃນ %2 ສະບັບ. ເປີດສະບັບທີ່ເຊັນ ເພື່ອເບິ່ງວ່າໄດ້ເຊັນຫຍັງແທ້.</translation>
    </message>
    <message>
      <source>No intact signature covers the document.</source>
      <translation>ບໍ່ມີລາຍເຊັນທີ່ຄົບຖ້ວນ ຄອບຄຸມເອກະສານນີ້.</translation>
    </message>
    <message>
      <source>Valid: %1, signer not trusted: %2, invalid: %3, cannot be verified: %4.</source>
      <translation>ຖືກຕ້ອງ: %1, ບໍ່ເຊື່ອຖືຜູ້ລົງລາຍເຊັນ: %2, ບໍ່ຖືກຕ້ອງ: %3, ກວດບໍ່ໄດ້: %4.</translation>
    </message>
    <message>
      <source>Certified: no changes are allowed.</source>
      <translation>ຮັບຮອງເອກະສານ: ບໍ່ອະນຸຍາດໃຫ້ປ່ຽນແປງ.</translation>
    </message>
    <message>
      <source>Certified: filling in forms and signing are allowed.</source>
      <translation>ຮັບຮອງເອກະສານ: ອະນຸຍາດໃຫ້ຕື່ມແບບຟອມ ແລະ ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Certified: filling in forms, signing and comments are allowed.</source>
      <translation>ຮັບຮອງເອກະສານ: ອະນຸຍາດໃຫ້ຕື່ມແບບຟອມ, ລົງລາຍເຊັນ ແລະ ໃສ່ຄຳເຫັນ.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>ບໍ່ຮູ້</translation>
    </message>
  </context>
  <context>
    <name>saraban::pdf::TrustStore</name>
    <message>
      <source>The program %1 is not installed (Debian packages libnss3-tools and openssl).</source>
      <translation>ບໍ່ໄດ້ຕິດຕັ້ງໂປຣແກຣມ %1 (ແພັກເກດ Debian libnss3-tools ແລະ openssl).</translation>
    </message>
    <message>
      <source>The program %1 did not finish.</source>
      <translation>ໂປຣແກຣມ %1 ເຮັດວຽກບໍ່ສຳເລັດ.</translation>
    </message>
    <message>
      <source>Cannot create the trust store folder %1.</source>
      <translation>ບໍ່ສາມາດສ້າງໂຟນເດີບ່ອນເກັບໃບຢັ້ງຢືນທີ່ເຊື່ອຖື %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot create the trust store in %1.</source>
      <translation>ບໍ່ສາມາດສ້າງບ່ອນເກັບໃບຢັ້ງຢືນທີ່ເຊື່ອຖືໃນ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>Cannot read the trust store.</source>
      <translation>ບໍ່ສາມາດອ່ານບ່ອນເກັບໃບຢັ້ງຢືນທີ່ເຊື່ອຖືໄດ້.</translation>
    </message>
    <message>
      <source>The trust store has no certificate named "%1".</source>
      <translation>ບ່ອນເກັບໃບຢັ້ງຢືນທີ່ເຊື່ອຖື ບໍ່ມີໃບຢັ້ງຢືນຊື່ "%1".</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>%1 is not a certificate.</source>
      <translation>%1 ບໍ່ແມ່ນໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
      <source>%1 is not the certificate of a certificate authority, so it cannot be trusted to vouch for signers.</source>
      <translation>%1 ບໍ່ແມ່ນໃບຢັ້ງຢືນຂອງອົງການອອກໃບຢັ້ງຢືນ, ຈຶ່ງບໍ່ສາມາດເຊື່ອຖືໃຫ້ຮັບຮອງຜູ້ລົງລາຍເຊັນໄດ້.</translation>
    </message>
    <message>
      <source>The trust store already has a certificate named "%1".</source>
      <translation>ບ່ອນເກັບໃບຢັ້ງຢືນທີ່ເຊື່ອຖື ມີໃບຢັ້ງຢືນຊື່ "%1" ແລ້ວ.</translation>
    </message>
    <message>
      <source>Cannot add %1 to the trust store.</source>
      <translation>ບໍ່ສາມາດເພີ່ມ %1 ເຂົ້າໃນບ່ອນເກັບໃບຢັ້ງຢືນທີ່ເຊື່ອຖືໄດ້.</translation>
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້.</translation>
    </message>
    <message>
      <source>%1 is not a revocation list from a trusted authority.</source>
      <translation>%1 ບໍ່ແມ່ນລາຍຊື່ໃບຢັ້ງຢືນທີ່ຖືກຖອນຄືນ ຈາກອົງການທີ່ເຊື່ອຖື.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::AboutDialog</name>
    <message>
      <source>About Saraban</source>
      <translation>ກ່ຽວກັບ ສາລະບັນ</translation>
    </message>
    <message>
      <source>Saraban</source>
      <translation>ສາລະບັນ</translation>
    </message>
    <message>
      <source>Correspondence and document workflow for Lao government offices: registers, routing, approvals and signed documents.</source>
      <translation>ລະບົບບໍລິຫານໜັງສືເຂົ້າ-ອອກ ແລະ ຂັ້ນຕອນເອກະສານ ສຳລັບຫ້ອງການລັດຂອງ ສປປ ລາວ: ປຶ້ມທະບຽນ, ການສົ່ງຕໍ່, ການອະນຸມັດ ແລະ ເອກະສານທີ່ມີລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Built with Qt %1. Connected to: %2</source>
      <translation>ສ້າງດ້ວຍ Qt %1. ເຊື່ອມຕໍ່ກັບ: %2</translation>
    </message>
    <message>
      <source>Free software under the GNU General Public License, version 3 or later.</source>
      <translation>ຊອບແວເສລີ ພາຍໃຕ້ສັນຍາອະນຸຍາດ GNU General Public License ສະບັບທີ 3 ຫຼື ໃໝ່ກວ່າ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ActingDialog</name>
    <message>
      <source>Appoint an acting head</source>
      <translation>ແຕ່ງຕັ້ງຜູ້ຮັກສາການ</translation>
    </message>
    <message>
      <source>Appoint</source>
      <translation>ແຕ່ງຕັ້ງ</translation>
    </message>
    <message>
      <source>Why: a mission, leave, a meeting…</source>
      <translation>ເຫດຜົນ: ໄປວຽກ, ລາພັກ, ໄປປະຊຸມ…</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>ໜ່ວຍງານ: (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Acting person:</source>
      <translation>ຜູ້ຮັກສາການ: (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;First day:</source>
      <translation>ວັນທີເລີ່ມ: (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Last day:</source>
      <translation>ວັນທີສິ້ນສຸດ: (&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>ໝາຍເຫດ: (&amp;N)</translation>
    </message>
    <message>
      <source>(choose a person)</source>
      <translation>(ເລືອກບຸກຄົນ)</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>Unit: only the head of a unit can appoint an acting head, and you head none.</source>
      <translation>ໜ່ວຍງານ: ສະເພາະຫົວໜ້າໜ່ວຍງານເທົ່ານັ້ນ ຈຶ່ງແຕ່ງຕັ້ງຜູ້ຮັກສາການໄດ້, ແຕ່ທ່ານບໍ່ໄດ້ເປັນຫົວໜ້າໜ່ວຍງານໃດ.</translation>
    </message>
    <message>
      <source>Acting person: choose who decides in your place.</source>
      <translation>ຜູ້ຮັກສາການ: ກະລຸນາເລືອກຜູ້ທີ່ຈະຕັດສິນແທນທ່ານ.</translation>
    </message>
    <message>
      <source>First day: it cannot be in the past.</source>
      <translation>ວັນທີເລີ່ມ: ບໍ່ສາມາດເປັນວັນທີທີ່ຜ່ານມາແລ້ວ.</translation>
    </message>
    <message>
      <source>Last day: it cannot be before the first day.</source>
      <translation>ວັນທີສິ້ນສຸດ: ບໍ່ສາມາດຢູ່ກ່ອນວັນທີເລີ່ມ.</translation>
    </message>
    <message>
      <source>Last day: an acting appointment lasts at most %1 days.</source>
      <translation>ວັນທີສິ້ນສຸດ: ການຮັກສາການ ບໍ່ໃຫ້ເກີນ %1 ວັນ.</translation>
    </message>
    <message>
      <source>Note: at most %1 characters, now %2.</source>
      <translation>ໝາຍເຫດ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ, ດຽວນີ້ມີ %2.</translation>
    </message>
    <message>
      <source>First day: %1</source>
      <translation>ວັນທີເລີ່ມ: %1</translation>
    </message>
    <message>
      <source>Last day: %1</source>
      <translation>ວັນທີສິ້ນສຸດ: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::DecisionDialog</name>
    <message>
      <source>Return the letter</source>
      <translation>ສົ່ງໜັງສືຄືນ</translation>
    </message>
    <message>
      <source>&amp;Why do you return it? The sender reads this.</source>
      <translation>ເຫດຜົນທີ່ສົ່ງຄືນ (ຜູ້ສົ່ງຈະໄດ້ອ່ານ): (&amp;W)</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>ສົ່ງຄືນ</translation>
    </message>
    <message>
      <source>Complete the letter</source>
      <translation>ປິດວຽກໜັງສື</translation>
    </message>
    <message>
      <source>&amp;Outcome: what was done (a reply sent, filed, for information).</source>
      <translation>ຜົນການດຳເນີນງານ: ໄດ້ເຮັດຫຍັງແລ້ວ (ຕອບໜັງສືແລ້ວ, ເກັບເຂົ້າແຟ້ມ, ເພື່ອຊາບ). (&amp;O)</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>ສຳເລັດ</translation>
    </message>
    <message>
      <source>Recall the letter</source>
      <translation>ຖອນໜັງສືຄືນ</translation>
    </message>
    <message>
      <source>&amp;Reason for recalling it (optional).</source>
      <translation>ເຫດຜົນທີ່ຖອນຄືນ (ບໍ່ບັງຄັບ). (&amp;R)</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>ຖອນຄືນ</translation>
    </message>
    <message>
      <source>Endorse the letter</source>
      <translation>ຂຽນຄຳເຫັນສັ່ງການ</translation>
    </message>
    <message>
      <source>&amp;Instruction: who handles it and how.</source>
      <translation>ຄຳສັ່ງການ: ມອບໃຫ້ໃຜ ແລະ ໃຫ້ດຳເນີນການແນວໃດ. (&amp;I)</translation>
    </message>
    <message>
      <source>Endorse</source>
      <translation>ສັ່ງການ</translation>
    </message>
    <message>
      <source>Comment on the letter</source>
      <translation>ໃຫ້ຄຳເຫັນຕໍ່ໜັງສື</translation>
    </message>
    <message>
      <source>&amp;Comment, for everyone who follows the letter.</source>
      <translation>ຄຳເຫັນ (ທຸກຄົນທີ່ຕິດຕາມໜັງສືນີ້ຈະເຫັນ): (&amp;C)</translation>
    </message>
    <message>
      <source>Add comment</source>
      <translation>ເພີ່ມຄຳເຫັນ</translation>
    </message>
    <message>
      <source>Approve the draft</source>
      <translation>ອະນຸມັດຮ່າງໜັງສື</translation>
    </message>
    <message>
      <source>&amp;Comment (optional).</source>
      <translation>ຄຳເຫັນ (ບໍ່ບັງຄັບ). (&amp;C)</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>ອະນຸມັດ</translation>
    </message>
    <message>
      <source>Send the draft back one step</source>
      <translation>ສົ່ງຮ່າງຄືນຂັ້ນກ່ອນ</translation>
    </message>
    <message>
      <source>&amp;What must change? The previous step reads this.</source>
      <translation>ຕ້ອງແກ້ໄຂຫຍັງ? (ຂັ້ນກ່ອນຈະໄດ້ອ່ານ) (&amp;W)</translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>ສົ່ງຄືນ</translation>
    </message>
    <message>
      <source>Return the draft to its drafter</source>
      <translation>ສົ່ງຮ່າງຄືນຜູ້ຮ່າງ</translation>
    </message>
    <message>
      <source>&amp;What must change? The drafter reads this.</source>
      <translation>ຕ້ອງແກ້ໄຂຫຍັງ? (ຜູ້ຮ່າງຈະໄດ້ອ່ານ) (&amp;W)</translation>
    </message>
    <message>
      <source>Return to drafter</source>
      <translation>ສົ່ງຄືນຜູ້ຮ່າງ</translation>
    </message>
    <message>
      <source>The text is required: write at least a few words.</source>
      <translation>ຕ້ອງຂຽນຂໍ້ຄວາມ: ກະລຸນາຂຽນຢ່າງໜ້ອຍຈັກຄຳ.</translation>
    </message>
    <message>
      <source>The text is too long: at most %1 characters, now %2.</source>
      <translation>ຂໍ້ຄວາມຍາວເກີນໄປ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ, ດຽວນີ້ມີ %2.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::DraftDialog</name>
    <message>
      <source>Revise the draft</source>
      <translation>ແກ້ໄຂຮ່າງໜັງສື</translation>
    </message>
    <message>
      <source>New outgoing draft</source>
      <translation>ຮ່າງໜັງສືອອກໃໝ່</translation>
    </message>
    <message>
      <source>Save the new version</source>
      <translation>ບັນທຶກສະບັບໃໝ່</translation>
    </message>
    <message>
      <source>Create the draft</source>
      <translation>ສ້າງຮ່າງໜັງສື</translation>
    </message>
    <message>
      <source>(no type)</source>
      <translation>(ບໍ່ລະບຸປະເພດ)</translation>
    </message>
    <message>
      <source>What the letter is about (ເລື່ອງ)</source>
      <translation>ໜັງສືສະບັບນີ້ ກ່ຽວກັບເລື່ອງຫຍັງ (ເລື່ອງ)</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>ໜ່ວຍງານ (&amp;U):</translation>
    </message>
    <message>
      <source>T&amp;ype, urgency, confidentiality:</source>
      <translation>ປະເພດ, ຄວາມດ່ວນ, ຄວາມລັບ (&amp;Y):</translation>
    </message>
    <message>
      <source>&amp;Subject:</source>
      <translation>ຫົວເລື່ອງ (&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Compose from the unit's letter template</source>
      <translation>ຮ່າງຕາມແບບຟອມໜັງສື ຂອງໜ່ວຍງານ (&amp;C)</translation>
    </message>
    <message>
      <source>Attach an existing &amp;PDF instead</source>
      <translation>ແນບໄຟລ໌ PDF ທີ່ມີຢູ່ແລ້ວ ແທນ (&amp;P)</translation>
    </message>
    <message>
      <source>ຮຽນ: to whom the letter is addressed</source>
      <translation>ຮຽນ: ຜູ້ທີ່ໜັງສືສະບັບນີ້ ສົ່ງເຖິງ</translation>
    </message>
    <message>
      <source>ວ່າດ້ວຍ: only when the document type uses it</source>
      <translation>ວ່າດ້ວຍ: ສະເພາະເອກະສານ ປະເພດທີ່ມີຫົວຂໍ້ນີ້</translation>
    </message>
    <message>
      <source>ອີງຕາມ: a law, decree or letter this one rests on</source>
      <translation>ອີງຕາມ: ກົດໝາຍ, ດຳລັດ ຫຼື ໜັງສື ທີ່ອ້າງອີງ</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>ເພີ່ມ (&amp;A)</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>ລຶບອອກ (&amp;M)</translation>
    </message>
    <message>
      <source>One paragraph per line.</source>
      <translation>ແຕ່ລະແຖວ ແມ່ນໜຶ່ງວັກ.</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>ຮຽນ (&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Document title:</source>
      <translation>ຊື່ເອກະສານ (&amp;D):</translation>
    </message>
    <message>
      <source>C&amp;oncerning:</source>
      <translation>ວ່າດ້ວຍ (&amp;O):</translation>
    </message>
    <message>
      <source>&amp;References:</source>
      <translation>ອີງຕາມ (&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Body:</source>
      <translation>ເນື້ອໃນ (&amp;B):</translation>
    </message>
    <message>
      <source>Signatory's t&amp;itle:</source>
      <translation>ຕຳແໜ່ງ ຜູ້ລົງນາມ (&amp;I):</translation>
    </message>
    <message>
      <source>Signatory's &amp;name:</source>
      <translation>ຊື່ ຜູ້ລົງນາມ (&amp;N):</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>ຍັງບໍ່ໄດ້ເລືອກໄຟລ໌.</translation>
    </message>
    <message>
      <source>C&amp;hoose the PDF…</source>
      <translation>ເລືອກໄຟລ໌ PDF… (&amp;H)</translation>
    </message>
    <message>
      <source>What changed in this version</source>
      <translation>ສິ່ງທີ່ແກ້ໄຂ ໃນສະບັບນີ້</translation>
    </message>
    <message>
      <source>&amp;What changed:</source>
      <translation>ສິ່ງທີ່ແກ້ໄຂ (&amp;W):</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>ເບິ່ງຕົວຢ່າງ (&amp;V)</translation>
    </message>
    <message>
      <source>Press Preview to see the letter's first page.</source>
      <translation>ກົດ "ເບິ່ງຕົວຢ່າງ" ເພື່ອເບິ່ງໜ້າທຳອິດ ຂອງໜັງສື.</translation>
    </message>
    <message>
      <source>%1 (version %2)</source>
      <translation>%1 (ສະບັບທີ %2)</translation>
    </message>
    <message>
      <source>Choose the draft's PDF</source>
      <translation>ເລືອກໄຟລ໌ PDF ຂອງຮ່າງໜັງສື</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>%1 (pages: %2)</source>
      <translation>%1 (ຈຳນວນໜ້າ: %2)</translation>
    </message>
    <message>
      <source>The preview cannot be shown: %1</source>
      <translation>ບໍ່ສາມາດສະແດງຕົວຢ່າງໄດ້: %1</translation>
    </message>
    <message>
      <source>Composing the letter…</source>
      <translation>ກຳລັງຈັດຮູບແບບໜັງສື…</translation>
    </message>
    <message>
      <source>The letter cannot be composed: %1</source>
      <translation>ບໍ່ສາມາດຈັດຮູບແບບໜັງສືໄດ້: %1</translation>
    </message>
    <message>
      <source>Unit: you draft for no unit; only a clerk, officer or head of a unit may draft its letters.</source>
      <translation>ໜ່ວຍງານ: ທ່ານບໍ່ໄດ້ຮ່າງໜັງສື ໃຫ້ໜ່ວຍງານໃດ; ສະເພາະພະນັກງານສາລະບັນ, ພະນັກງານວິຊາການ ຫຼື ຫົວໜ້າ ຂອງໜ່ວຍງານ ເທົ່ານັ້ນ ຈຶ່ງຮ່າງໜັງສືຂອງໜ່ວຍງານໄດ້.</translation>
    </message>
    <message>
      <source>Confidentiality: at most your own clearance.</source>
      <translation>ຄວາມລັບ: ບໍ່ໃຫ້ສູງກວ່າ ສິດເຂົ້າເຖິງຂອງທ່ານ.</translation>
    </message>
    <message>
      <source>Subject: write what the letter is about.</source>
      <translation>ຫົວເລື່ອງ: ກະລຸນາຂຽນວ່າ ໜັງສືສະບັບນີ້ ກ່ຽວກັບເລື່ອງຫຍັງ.</translation>
    </message>
    <message>
      <source>Subject: remove the control characters.</source>
      <translation>ຫົວເລື່ອງ: ກະລຸນາລຶບ ຕົວອັກສອນຄວບຄຸມ ອອກ.</translation>
    </message>
    <message>
      <source>Subject: at most %1 characters (now %2).</source>
      <translation>ຫົວເລື່ອງ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ (ດຽວນີ້ %2).</translation>
    </message>
    <message>
      <source>To: write to whom the letter is addressed.</source>
      <translation>ຮຽນ: ກະລຸນາຂຽນວ່າ ໜັງສືສົ່ງເຖິງໃຜ.</translation>
    </message>
    <message>
      <source>Body: write at least one paragraph.</source>
      <translation>ເນື້ອໃນ: ກະລຸນາຂຽນຢ່າງໜ້ອຍ ໜຶ່ງວັກ.</translation>
    </message>
    <message>
      <source>Signatory's name: write who signs the letter.</source>
      <translation>ຊື່ຜູ້ລົງນາມ: ກະລຸນາຂຽນຊື່ ຜູ້ທີ່ລົງລາຍເຊັນໜັງສື.</translation>
    </message>
    <message>
      <source>File: this file cannot be used: %1</source>
      <translation>ໄຟລ໌: ບໍ່ສາມາດໃຊ້ໄຟລ໌ນີ້ໄດ້: %1</translation>
    </message>
    <message>
      <source>File: choose the draft's PDF.</source>
      <translation>ໄຟລ໌: ກະລຸນາເລືອກໄຟລ໌ PDF ຂອງຮ່າງໜັງສື.</translation>
    </message>
    <message>
      <source>File: the PDF is still being read.</source>
      <translation>ໄຟລ໌: ກຳລັງອ່ານໄຟລ໌ PDF ຢູ່.</translation>
    </message>
    <message>
      <source>File: its name is too long: at most %1 characters.</source>
      <translation>ໄຟລ໌: ຊື່ໄຟລ໌ຍາວເກີນໄປ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
      <source>What changed: remove the control characters.</source>
      <translation>ສິ່ງທີ່ແກ້ໄຂ: ກະລຸນາລຶບ ຕົວອັກສອນຄວບຄຸມ ອອກ.</translation>
    </message>
    <message>
      <source>What changed: at most %1 characters (now %2).</source>
      <translation>ສິ່ງທີ່ແກ້ໄຂ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ (ດຽວນີ້ %2).</translation>
    </message>
    <message>
      <source>Letter text: too long: at most 1 MB in all.</source>
      <translation>ເນື້ອຄວາມຂອງໜັງສື: ຍາວເກີນໄປ: ລວມທັງໝົດ ບໍ່ໃຫ້ເກີນ 1 MB.</translation>
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
      <translation>ຢືນຢັນການຮັບ (&amp;A)</translation>
    </message>
    <message>
      <source>Record that you have received it</source>
      <translation>ບັນທຶກວ່າທ່ານໄດ້ຮັບໜັງສືແລ້ວ</translation>
    </message>
    <message>
      <source>&amp;Forward…</source>
      <translation>ສົ່ງຕໍ່… (&amp;F)</translation>
    </message>
    <message>
      <source>Pass it on to people or units</source>
      <translation>ສົ່ງຕໍ່ໃຫ້ບຸກຄົນ ຫຼື ໜ່ວຍງານ</translation>
    </message>
    <message>
      <source>Re&amp;turn…</source>
      <translation>ສົ່ງຄືນ… (&amp;T)</translation>
    </message>
    <message>
      <source>Give it back to the sender, with the reason</source>
      <translation>ສົ່ງຄືນໃຫ້ຜູ້ສົ່ງ ພ້ອມເຫດຜົນ</translation>
    </message>
    <message>
      <source>&amp;Complete…</source>
      <translation>ສຳເລັດ… (&amp;C)</translation>
    </message>
    <message>
      <source>Close your part, with the outcome</source>
      <translation>ປິດວຽກສ່ວນຂອງທ່ານ ພ້ອມຜົນການດຳເນີນງານ</translation>
    </message>
    <message>
      <source>Reca&amp;ll…</source>
      <translation>ຖອນຄືນ… (&amp;L)</translation>
    </message>
    <message>
      <source>Take back what you sent before it is opened</source>
      <translation>ຖອນໜັງສືທີ່ທ່ານສົ່ງໄປຄືນ ກ່ອນຜູ້ຮັບຈະເປີດ</translation>
    </message>
    <message>
      <source>&amp;Endorse…</source>
      <translation>ສັ່ງການ… (&amp;E)</translation>
    </message>
    <message>
      <source>Write the head's instruction on the letter</source>
      <translation>ຂຽນຄຳເຫັນສັ່ງການຂອງຫົວໜ້າໃສ່ໜັງສື</translation>
    </message>
    <message>
      <source>Co&amp;mment…</source>
      <translation>ໃຫ້ຄຳເຫັນ… (&amp;M)</translation>
    </message>
    <message>
      <source>Add a comment to the letter's history</source>
      <translation>ເພີ່ມຄຳເຫັນເຂົ້າໃນປະຫວັດຂອງໜັງສື</translation>
    </message>
    <message>
      <source>A&amp;pprove…</source>
      <translation>ອະນຸມັດ… (&amp;P)</translation>
    </message>
    <message>
      <source>Approve this step of the draft</source>
      <translation>ອະນຸມັດຂັ້ນຕອນນີ້ຂອງຮ່າງໜັງສື</translation>
    </message>
    <message>
      <source>Send &amp;back…</source>
      <translation>ສົ່ງຄືນຂັ້ນກ່ອນ… (&amp;B)</translation>
    </message>
    <message>
      <source>Reject the draft to the previous step</source>
      <translation>ບໍ່ຮັບຮອງ ແລະ ສົ່ງຮ່າງຄືນຂັ້ນກ່ອນ</translation>
    </message>
    <message>
      <source>Return to &amp;drafter…</source>
      <translation>ສົ່ງຄືນຜູ້ຮ່າງ… (&amp;D)</translation>
    </message>
    <message>
      <source>Reject the draft back to its drafter</source>
      <translation>ບໍ່ຮັບຮອງ ແລະ ສົ່ງຮ່າງຄືນຜູ້ຮ່າງ</translation>
    </message>
    <message>
      <source>&amp;Submit…</source>
      <translation>ສົ່ງພິຈາລະນາ… (&amp;S)</translation>
    </message>
    <message>
      <source>Send the draft into its approval chain</source>
      <translation>ສົ່ງຮ່າງໜັງສືເຂົ້າສາຍການອະນຸມັດ</translation>
    </message>
    <message>
      <source>Appoint an acting &amp;head…</source>
      <translation>ແຕ່ງຕັ້ງຜູ້ຮັກສາການ… (&amp;H)</translation>
    </message>
    <message>
      <source>Name who decides in your place while you are away</source>
      <translation>ແຕ່ງຕັ້ງຜູ້ຕັດສິນແທນທ່ານ ໃນເວລາທີ່ທ່ານບໍ່ຢູ່</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>ໂຫຼດຄືນ (&amp;R)</translation>
    </message>
    <message>
      <source>Read the folder again</source>
      <translation>ອ່ານແຟ້ມນີ້ຄືນໃໝ່</translation>
    </message>
    <message>
      <source>The connection to the server is lost; nothing was done. Try again once it is back.</source>
      <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີຂາດ; ຍັງບໍ່ໄດ້ດຳເນີນການຫຍັງ. ກະລຸນາລອງໃໝ່ ເມື່ອເຊື່ອມຕໍ່ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
      <source>S&amp;tamp as received…</source>
      <translation>ປະທັບກາຮັບໜັງສື… (&amp;T)</translation>
    </message>
    <message>
      <source>Draw the received stamp onto the letter's file</source>
      <translation>ປະທັບກາຮັບໜັງສື ໃສ່ໄຟລ໌ຂອງໜັງສື</translation>
    </message>
    <message>
      <source>&amp;New draft…</source>
      <translation>ຮ່າງໜັງສືໃໝ່… (&amp;N)</translation>
    </message>
    <message>
      <source>Start an outgoing letter or memo</source>
      <translation>ເລີ່ມຮ່າງ ໜັງສືອອກ ຫຼື ບົດບັນທຶກ</translation>
    </message>
    <message>
      <source>Re&amp;vise…</source>
      <translation>ແກ້ໄຂ… (&amp;V)</translation>
    </message>
    <message>
      <source>Make a new version of the draft</source>
      <translation>ສ້າງສະບັບໃໝ່ ຂອງຮ່າງໜັງສື</translation>
    </message>
    <message>
      <source>&amp;Issue…</source>
      <translation>ອອກເລກທີ… (&amp;I)</translation>
    </message>
    <message>
      <source>Number the approved letter in an outgoing register and record how it is sent</source>
      <translation>ໃຫ້ເລກທີແກ່ໜັງສືທີ່ອະນຸມັດແລ້ວ ໃນປຶ້ມທະບຽນໜັງສືອອກ ແລະ ບັນທຶກວິທີສົ່ງ</translation>
    </message>
    <message>
      <source>Write the &amp;number on the PDF</source>
      <translation>ພິມເລກທີລົງໃນ PDF (&amp;N)</translation>
    </message>
    <message>
      <source>Try again to write the letter's number and date onto its PDF</source>
      <translation>ລອງພິມເລກທີ ແລະ ວັນທີ ຂອງໜັງສື ລົງໃນໄຟລ໌ PDF ອີກຄັ້ງ</translation>
    </message>
    <message>
      <source>The letter is issued as %1, but its number could not be written onto the PDF: %2 It stays in this folder; choose "Write the number on the PDF" to try again.</source>
      <translation>ໜັງສືໄດ້ອອກເລກທີ %1 ແລ້ວ, ແຕ່ບໍ່ສາມາດພິມເລກທີລົງໃນ PDF ໄດ້: %2 ໜັງສືຍັງຢູ່ໃນແຟ້ມນີ້; ເລືອກ "ພິມເລກທີລົງໃນ PDF" ເພື່ອລອງອີກຄັ້ງ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::IssueDialog</name>
    <message>
      <source>Issue the letter</source>
      <translation>ອອກເລກທີໜັງສື</translation>
    </message>
    <message>
      <source>&amp;Issue</source>
      <translation>ອອກເລກທີ (&amp;I)</translation>
    </message>
    <message>
      <source>The letter &lt;b&gt;%1&lt;/b&gt; takes the register's next number now; the number and date are then written onto its PDF.</source>
      <translation>ໜັງສື &lt;b&gt;%1&lt;/b&gt; ຈະໄດ້ເລກທີຕໍ່ໄປ ຂອງປຶ້ມທະບຽນ ດຽວນີ້; ຈາກນັ້ນ ເລກທີ ແລະ ວັນທີ ຈະຖືກພິມລົງໃນໄຟລ໌ PDF ຂອງໜັງສື.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>ຮຽນ</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>ສຳເນົາ</translation>
    </message>
    <message>
      <source>A unit, or the name of an outside body</source>
      <translation>ໜ່ວຍງານ ຫຼື ຊື່ຂອງອົງການພາຍນອກ</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>ເພີ່ມ (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>ລຶບອອກ (&amp;R)</translation>
    </message>
    <message>
      <source>Outgoing &amp;register:</source>
      <translation>ປຶ້ມທະບຽນໜັງສືອອກ (&amp;R):</translation>
    </message>
    <message>
      <source>Sent &amp;on:</source>
      <translation>ວັນທີສົ່ງ (&amp;O):</translation>
    </message>
    <message>
      <source>Sent &amp;via:</source>
      <translation>ສົ່ງທາງ (&amp;V):</translation>
    </message>
    <message>
      <source>Re&amp;cipient:</source>
      <translation>ຜູ້ຮັບ (&amp;C):</translation>
    </message>
    <message>
      <source>Recipients:</source>
      <translation>ລາຍຊື່ຜູ້ຮັບ:</translation>
    </message>
    <message>
      <source>By post</source>
      <translation>ທາງໄປສະນີ</translation>
    </message>
    <message>
      <source>By hand</source>
      <translation>ສົ່ງກັບມື</translation>
    </message>
    <message>
      <source>By e-mail</source>
      <translation>ທາງອີເມວ</translation>
    </message>
    <message>
      <source>By fax</source>
      <translation>ທາງແຟັກ</translation>
    </message>
    <message>
      <source>Over the government network (GNet)</source>
      <translation>ທາງເຄືອຂ່າຍລັດ (GNet)</translation>
    </message>
    <message>
      <source>Another way</source>
      <translation>ທາງອື່ນ</translation>
    </message>
    <message>
      <source>A recipient's name is too long: at most %1 characters, now %2.</source>
      <translation>ຊື່ຜູ້ຮັບ ຍາວເກີນໄປ: ບໍ່ເກີນ %1 ຕົວອັກສອນ, ຕອນນີ້ມີ %2.</translation>
    </message>
    <message>
      <source>"%1" is a recipient already.</source>
      <translation>"%1" ມີຢູ່ໃນລາຍຊື່ຜູ້ຮັບແລ້ວ.</translation>
    </message>
    <message>
      <source>To: %1</source>
      <translation>ຮຽນ: %1</translation>
    </message>
    <message>
      <source>Copy: %1</source>
      <translation>ສຳເນົາ: %1</translation>
    </message>
    <message>
      <source>You are not a clerk of a unit with an outgoing or internal register, so you cannot issue letters.</source>
      <translation>ທ່ານບໍ່ແມ່ນພະນັກງານສາລະບັນ ຂອງໜ່ວຍງານທີ່ມີປຶ້ມທະບຽນໜັງສືອອກ ຫຼື ພາຍໃນ, ສະນັ້ນ ທ່ານອອກເລກທີໜັງສືບໍ່ໄດ້.</translation>
    </message>
    <message>
      <source>Choose the register that numbers the letter.</source>
      <translation>ເລືອກປຶ້ມທະບຽນ ທີ່ຈະໃຫ້ເລກທີແກ່ໜັງສື.</translation>
    </message>
    <message>
      <source>The date sent is required.</source>
      <translation>ຕ້ອງໃສ່ວັນທີສົ່ງ.</translation>
    </message>
    <message>
      <source>The date sent cannot be later than today.</source>
      <translation>ວັນທີສົ່ງ ບໍ່ສາມາດຢູ່ຫຼັງມື້ນີ້.</translation>
    </message>
    <message>
      <source>The recipient you typed is not in the list yet: press Add.</source>
      <translation>ຜູ້ຮັບທີ່ທ່ານພິມ ຍັງບໍ່ຢູ່ໃນລາຍຊື່: ກົດ ເພີ່ມ.</translation>
    </message>
    <message>
      <source>Add at least one recipient the letter goes "To".</source>
      <translation>ເພີ່ມຜູ້ຮັບ "ຮຽນ" ຢ່າງໜ້ອຍໜຶ່ງ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::LaoDateEdit</name>
    <message>
      <source>Not a date. Type it like %1 or %2.</source>
      <translation>ບໍ່ແມ່ນວັນທີ. ໃຫ້ພິມແບບ %1 ຫຼື %2.</translation>
    </message>
    <message>
      <source>Choose a date from %1 to %2.</source>
      <translation>ເລືອກວັນທີ ແຕ່ %1 ຫາ %2.</translation>
    </message>
    <message>
      <source>The date cannot be before %1.</source>
      <translation>ວັນທີ ບໍ່ສາມາດຢູ່ກ່ອນ %1.</translation>
    </message>
    <message>
      <source>The date cannot be after %1.</source>
      <translation>ວັນທີ ບໍ່ສາມາດຢູ່ຫຼັງ %1.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::LetterDetailPane</name>
    <message>
      <source>to act</source>
      <translation>ໃຫ້ດຳເນີນການ</translation>
    </message>
    <message>
      <source>copy</source>
      <translation>ສຳເນົາ</translation>
    </message>
    <message>
      <source>for information</source>
      <translation>ເພື່ອຊາບ</translation>
    </message>
    <message>
      <source>Held now by:</source>
      <translation>ດຽວນີ້ຢູ່ນຳ:</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>ຜູ້ໃດ</translation>
    </message>
    <message>
      <source>State</source>
      <translation>ສະຖານະ</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>ນັບແຕ່</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>ກຳນົດສົ່ງ</translation>
    </message>
    <message>
      <source>Files:</source>
      <translation>ໄຟລ໌:</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
      <source>History</source>
      <translation>ປະຫວັດ</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>ການອະນຸມັດ</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>ໜ້າທຳອິດ</translation>
    </message>
    <message>
      <source>Choose an item on the left to see it here.</source>
      <translation>ເລືອກລາຍການທາງຊ້າຍ ເພື່ອເບິ່ງລາຍລະອຽດຢູ່ນີ້.</translation>
    </message>
    <message>
      <source>Nobody: the letter is not with anyone now.</source>
      <translation>ບໍ່ມີໃຜ: ດຽວນີ້ໜັງສືບໍ່ໄດ້ຢູ່ນຳຜູ້ໃດ.</translation>
    </message>
    <message>
      <source>%1 (the letter)</source>
      <translation>%1 (ຕົວໜັງສື)</translation>
    </message>
    <message>
      <source>This letter has no file.</source>
      <translation>ໜັງສືນີ້ບໍ່ມີໄຟລ໌.</translation>
    </message>
    <message>
      <source>Loading the first page…</source>
      <translation>ກຳລັງໂຫຼດໜ້າທຳອິດ…</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>ເລກທີ:</translation>
    </message>
    <message>
      <source>Register:</source>
      <translation>ປຶ້ມທະບຽນ:</translation>
    </message>
    <message>
      <source>Registered:</source>
      <translation>ລົງທະບຽນເມື່ອ:</translation>
    </message>
    <message>
      <source>Letter date:</source>
      <translation>ລົງວັນທີ:</translation>
    </message>
    <message>
      <source>Received:</source>
      <translation>ວັນທີຮັບ:</translation>
    </message>
    <message>
      <source>Sent:</source>
      <translation>ວັນທີສົ່ງ:</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>ຈາກ:</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>ເຖິງ:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>ປະເພດ:</translation>
    </message>
    <message>
      <source>Urgency:</source>
      <translation>ຄວາມຮີບດ່ວນ:</translation>
    </message>
    <message>
      <source>Confidentiality:</source>
      <translation>ລະດັບຄວາມລັບ:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>ສະຖານະ:</translation>
    </message>
    <message>
      <source>Their number:</source>
      <translation>ເລກທີຂອງຜູ້ສົ່ງ:</translation>
    </message>
    <message>
      <source>Drafter:</source>
      <translation>ຜູ້ຮ່າງ:</translation>
    </message>
    <message>
      <source>State:</source>
      <translation>ສະຖານະ:</translation>
    </message>
    <message>
      <source>Your step:</source>
      <translation>ຂັ້ນຕອນຂອງທ່ານ:</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>received stamp</source>
      <translation>ກາຮັບໜັງສື</translation>
    </message>
    <message>
      <source>endorsement</source>
      <translation>ຄຳເຫັນສັ່ງການ</translation>
    </message>
    <message>
      <source>Version %1: %2, by %3, %4</source>
      <translation>ສະບັບທີ %1: %2, ໂດຍ %3, %4</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::MainWindow</name>
    <message>
      <source>To act on</source>
      <translation>ຕ້ອງດຳເນີນການ</translation>
    </message>
    <message>
      <source>No letters are waiting for you to act on.</source>
      <translation>ບໍ່ມີໜັງສືທີ່ລໍຖ້າທ່ານດຳເນີນການ.</translation>
    </message>
    <message>
      <source>To approve</source>
      <translation>ລໍຖ້າອະນຸມັດ</translation>
    </message>
    <message>
      <source>No drafts are waiting for your approval.</source>
      <translation>ບໍ່ມີຮ່າງໜັງສືທີ່ລໍຖ້າທ່ານອະນຸມັດ.</translation>
    </message>
    <message>
      <source>For information</source>
      <translation>ເພື່ອຊາບ</translation>
    </message>
    <message>
      <source>No letters were sent to you for information.</source>
      <translation>ບໍ່ມີໜັງສືທີ່ສົ່ງມາໃຫ້ທ່ານເພື່ອຊາບ.</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
      <source>You have not sent any letters yet.</source>
      <translation>ທ່ານຍັງບໍ່ໄດ້ສົ່ງໜັງສືໃດເທື່ອ.</translation>
    </message>
    <message>
      <source>Following</source>
      <translation>ກຳລັງຕິດຕາມ</translation>
    </message>
    <message>
      <source>You are not following any letters.</source>
      <translation>ທ່ານບໍ່ໄດ້ຕິດຕາມໜັງສືໃດ.</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>ບໍ່ມີຫຍັງເກີນກຳນົດ.</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>ປຶ້ມທະບຽນ</translation>
    </message>
    <message>
      <source>No registers are set up for your units yet.</source>
      <translation>ຍັງບໍ່ມີປຶ້ມທະບຽນສຳລັບໜ່ວຍງານຂອງທ່ານ.</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>ຄົ້ນຫາ</translation>
    </message>
    <message>
      <source>Search letters by number, subject or sender.</source>
      <translation>ຄົ້ນຫາໜັງສືຕາມເລກທີ, ເລື່ອງ ຫຼື ຜູ້ສົ່ງ.</translation>
    </message>
    <message>
      <source>Saraban</source>
      <translation>ສາລະບັນ</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ແຟ້ມ (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>ຕັ້ງຄ່າ… (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Reconnect</source>
      <translation>ເຊື່ອມຕໍ່ໃໝ່ (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;About Saraban</source>
      <translation>ກ່ຽວກັບ ສາລະບັນ (&amp;A)</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>ກ່ອງໜັງສືເຂົ້າ</translation>
    </message>
    <message>
      <source>private local server (%1)</source>
      <translation>ເຊີບເວີສ່ວນຕົວໃນເຄື່ອງ (%1)</translation>
    </message>
    <message>
      <source>shared server %1:%2, database %3</source>
      <translation>ເຊີບເວີຮ່ວມ %1:%2, ຖານຂໍ້ມູນ %3</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>ບໍ່ໄດ້ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
      <source>Starting the private local server…</source>
      <translation>ກຳລັງເປີດເຊີບເວີສ່ວນຕົວໃນເຄື່ອງ…</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>ກຳລັງເຊື່ອມຕໍ່ກັບ %1…</translation>
    </message>
    <message>
      <source>Connected as %1 to the %2</source>
      <translation>ເຊື່ອມຕໍ່ແລ້ວ ໃນນາມ %1 ກັບ %2</translation>
    </message>
    <message>
      <source>Not connected: %1</source>
      <translation>ບໍ່ໄດ້ເຊື່ອມຕໍ່: %1</translation>
    </message>
    <message>
      <source>Cannot connect</source>
      <translation>ເຊື່ອມຕໍ່ບໍ່ໄດ້</translation>
    </message>
    <message>
      <source>You can try again with File › Reconnect.</source>
      <translation>ທ່ານສາມາດລອງໃໝ່ດ້ວຍ ແຟ້ມ › ເຊື່ອມຕໍ່ໃໝ່.</translation>
    </message>
    <message>
      <source>Server changed</source>
      <translation>ປ່ຽນເຊີບເວີແລ້ວ</translation>
    </message>
    <message>
      <source>Saraban uses the new server from its next start.</source>
      <translation>ສາລະບັນ ຈະໃຊ້ເຊີບເວີໃໝ່ ນັບແຕ່ການເປີດຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
      <source>&amp;Open PDF…</source>
      <translation>&amp;ເປີດ PDF…</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>ເປີດ PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf);;All files (*)</source>
      <translation>ເອກະສານ PDF (*.pdf);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
      <source>Register an &amp;incoming letter…</source>
      <translation>ລົງທະບຽນໜັງສືຂາເຂົ້າ… (&amp;I)</translation>
    </message>
    <message>
      <source>Connection to the server lost; reconnecting… You can keep working.</source>
      <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີ ຂາດ; ກຳລັງເຊື່ອມຕໍ່ຄືນ… ທ່ານສາມາດເຮັດວຽກຕໍ່ໄດ້.</translation>
    </message>
    <message>
      <source>Connected as the owner of this computer's server (sees everything) to the %1</source>
      <translation>ເຊື່ອມຕໍ່ກັບ %1 ໃນນາມເຈົ້າຂອງເຊີບເວີ ຂອງຄອມພິວເຕີເຄື່ອງນີ້ (ເຫັນທຸກຢ່າງ)</translation>
    </message>
    <message>
      <source>Letter registered as %1.</source>
      <translation>ລົງທະບຽນໜັງສືແລ້ວ ເລກທີ %1.</translation>
    </message>
    <message>
      <source>Reser&amp;ve a number…</source>
      <translation>ຈອງເລກທີລ່ວງໜ້າ (&amp;V)…</translation>
    </message>
    <message>
      <source>Live updates are off: %1</source>
      <translation>ການອັບເດດອັດຕະໂນມັດ ປິດຢູ່: %1</translation>
    </message>
    <message>
      <source>%1 unread of %2, %3 overdue</source>
      <translation>ຍັງບໍ່ໄດ້ອ່ານ %1 ຈາກ %2, ກາຍກຳນົດ %3</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>New urgent letter</source>
      <translation>ມີໜັງສືດ່ວນໃໝ່</translation>
    </message>
    <message>
      <source>New urgent letter: %1</source>
      <translation>ມີໜັງສືດ່ວນໃໝ່: %1</translation>
    </message>
    <message>
      <source>Number %1 reserved.</source>
      <translation>ໄດ້ຈອງເລກທີ %1 ແລ້ວ.</translation>
    </message>
    <message>
      <source>My drafts</source>
      <translation>ຮ່າງຂອງຂ້ອຍ</translation>
    </message>
    <message>
      <source>You have no drafts. Start one with File › New outgoing draft.</source>
      <translation>ທ່ານຍັງບໍ່ມີຮ່າງໜັງສື. ເລີ່ມຮ່າງໄດ້ທີ່ ແຟ້ມ › ຮ່າງໜັງສືອອກໃໝ່.</translation>
    </message>
    <message>
      <source>To issue</source>
      <translation>ລໍຖ້າອອກເລກທີ</translation>
    </message>
    <message>
      <source>No approved letters are waiting for a number from you.</source>
      <translation>ບໍ່ມີໜັງສືທີ່ອະນຸມັດແລ້ວ ລໍຖ້າທ່ານອອກເລກທີ.</translation>
    </message>
    <message>
      <source>New outgoing &amp;draft…</source>
      <translation>ຮ່າງໜັງສືອອກໃໝ່… (&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::PdfPageView</name>
    <message>
      <source>The page could not be displayed.</source>
      <translation>ບໍ່ສາມາດສະແດງໜ້ານີ້ໄດ້.</translation>
    </message>
    <message>
      <source>Page %1</source>
      <translation>ໜ້າ %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::PdfViewer</name>
    <message>
      <source>Not found</source>
      <translation>ບໍ່ພົບ</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>ຫຍໍ້</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>ພໍດີໜ້າ</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>ຂະໜາດ</translation>
    </message>
    <message>
      <source>Rotate left</source>
      <translation>ໝູນຊ້າຍ</translation>
    </message>
    <message>
      <source>Rotate right</source>
      <translation>ໝູນຂວາ</translation>
    </message>
    <message>
      <source>Go to page</source>
      <translation>ໄປຫາໜ້າ</translation>
    </message>
    <message>
      <source>Find in document</source>
      <translation>ຊອກຫາໃນເອກະສານ</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>ບ່ອນທີ່ພົບກ່ອນໜ້າ</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>ບ່ອນທີ່ພົບຕໍ່ໄປ</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>ສຳເນົາ</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>ພິມ…</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>ໜ້າ</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>ລາຍເຊັນ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ຍົກເລີກ</translation>
    </message>
    <message>
      <source>of %1</source>
      <translation>ຈາກ %1</translation>
    </message>
    <message>
      <source>Opening %1…</source>
      <translation>ກຳລັງເປີດ %1…</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 ວິນາທີ</translation>
    </message>
    <message>
      <source>the file has %1 problems so far</source>
      <translation>ພົບບັນຫາໃນໄຟລ໌ %1 ບ່ອນແລ້ວ</translation>
    </message>
    <message>
      <source>Signed version</source>
      <translation>ສະບັບທີ່ເຊັນ</translation>
    </message>
    <message>
      <source>The signed byte ranges of this signature do not allow showing what was signed.</source>
      <translation>ຂອບເຂດທີ່ເຊັນຂອງລາຍເຊັນນີ້ ບໍ່ສາມາດສະແດງໃຫ້ເຫັນວ່າໄດ້ເຊັນຫຍັງ.</translation>
    </message>
    <message>
      <source>%1 (signed version, revision %2 of %3)</source>
      <translation>%1 (ສະບັບທີ່ເຊັນ, ສະບັບທີ %2 ໃນ %3 ສະບັບ)</translation>
    </message>
    <message>
      <source>This is exactly what %1 signed on %2: the first %3 bytes of %4. Anything added to the file afterwards is not part of it.</source>
      <translation>ນີ້ແມ່ນສິ່ງທີ່ %1 ໄດ້ເຊັນແທ້ ເມື່ອ %2: %3 ໄບຕ໌ທຳອິດຂອງ %4. ສິ່ງໃດທີ່ເພີ່ມເຂົ້າໃນໄຟລ໌ພາຍຫຼັງ ບໍ່ໄດ້ຢູ່ໃນນີ້.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>ພິມ</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>ບໍ່ສາມາດເລີ່ມເຄື່ອງພິມໄດ້.</translation>
    </message>
    <message>
      <source>Printing %1…</source>
      <translation>ກຳລັງພິມ %1…</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::RegisterLetterDialog</name>
    <message>
      <source>Register an incoming letter</source>
      <translation>ລົງທະບຽນໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
      <source>Drop the letter's PDF here, or choose the file.</source>
      <translation>ວາງໄຟລ໌ PDF ຂອງໜັງສື ໃສ່ບ່ອນນີ້, ຫຼື ເລືອກໄຟລ໌.</translation>
    </message>
    <message>
      <source>C&amp;hoose a PDF…</source>
      <translation>ເລືອກໄຟລ໌ PDF… (&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Register:</source>
      <translation>ປຶ້ມທະບຽນ (&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Subject:</source>
      <translation>ຫົວເລື່ອງ (&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Letter date:</source>
      <translation>ວັນທີຂອງໜັງສື (&amp;L):</translation>
    </message>
    <message>
      <source>Date re&amp;ceived:</source>
      <translation>ວັນທີໄດ້ຮັບ (&amp;C):</translation>
    </message>
    <message>
      <source>Se&amp;nder:</source>
      <translation>ຜູ້ສົ່ງ (&amp;N):</translation>
    </message>
    <message>
      <source>Sender's n&amp;umber:</source>
      <translation>ເລກທີຂອງຜູ້ສົ່ງ (&amp;U):</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>ປະເພດ (&amp;T):</translation>
    </message>
    <message>
      <source>Ur&amp;gency:</source>
      <translation>ຄວາມດ່ວນ (&amp;G):</translation>
    </message>
    <message>
      <source>Con&amp;fidentiality:</source>
      <translation>ຄວາມລັບ (&amp;F):</translation>
    </message>
    <message>
      <source>R&amp;egister</source>
      <translation>ລົງທະບຽນ (&amp;E)</translation>
    </message>
    <message>
      <source>Loading the registers…</source>
      <translation>ກຳລັງໂຫຼດປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(ບໍ່ໄດ້ລະບຸ)</translation>
    </message>
    <message>
      <source>It will be registered as %1, unless another clerk registers a letter first.</source>
      <translation>ໜັງສືນີ້ຈະໄດ້ເລກທີ %1, ເວັ້ນເສຍແຕ່ ພະນັກງານສາລະບັນຄົນອື່ນ ລົງທະບຽນໜັງສືກ່ອນ.</translation>
    </message>
    <message>
      <source>%1 (pages: %2)</source>
      <translation>%1 (ຈຳນວນໜ້າ: %2)</translation>
    </message>
    <message>
      <source>This file cannot be registered: %1</source>
      <translation>ບໍ່ສາມາດລົງທະບຽນໄຟລ໌ນີ້ໄດ້: %1</translation>
    </message>
    <message>
      <source>Choose the letter's PDF</source>
      <translation>ເລືອກໄຟລ໌ PDF ຂອງໜັງສື</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The file is still being read.</source>
      <translation>ກຳລັງອ່ານໄຟລ໌ຢູ່.</translation>
    </message>
    <message>
      <source>You keep no incoming register: only a clerk of a unit can register its letters.</source>
      <translation>ທ່ານບໍ່ໄດ້ຮັກສາປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ: ສະເພາະພະນັກງານສາລະບັນ ຂອງໜ່ວຍງານ ເທົ່ານັ້ນ ທີ່ລົງທະບຽນໜັງສືຂອງໜ່ວຍງານໄດ້.</translation>
    </message>
    <message>
      <source>The subject is required.</source>
      <translation>ຕ້ອງໃສ່ຫົວເລື່ອງ.</translation>
    </message>
    <message>
      <source>The subject is too long: %1 characters, at most %2.</source>
      <translation>ຫົວເລື່ອງຍາວເກີນໄປ: %1 ຕົວອັກສອນ, ບໍ່ໃຫ້ເກີນ %2.</translation>
    </message>
    <message>
      <source>The letter date cannot be after today (%1).</source>
      <translation>ວັນທີຂອງໜັງສື ບໍ່ສາມາດຢູ່ຫຼັງມື້ນີ້ (%1).</translation>
    </message>
    <message>
      <source>The date received cannot be after today (%1).</source>
      <translation>ວັນທີໄດ້ຮັບ ບໍ່ສາມາດຢູ່ຫຼັງມື້ນີ້ (%1).</translation>
    </message>
    <message>
      <source>The date received cannot be before the letter date (%1).</source>
      <translation>ວັນທີໄດ້ຮັບ ບໍ່ສາມາດຢູ່ກ່ອນວັນທີຂອງໜັງສື (%1).</translation>
    </message>
    <message>
      <source>The sender's number is too long: at most %1 characters.</source>
      <translation>ເລກທີຂອງຜູ້ສົ່ງ ຍາວເກີນໄປ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
      <source>The sender is required: the office or person who sent the letter.</source>
      <translation>ຕ້ອງໃສ່ຜູ້ສົ່ງ: ຫ້ອງການ ຫຼື ບຸກຄົນ ທີ່ສົ່ງໜັງສືມາ.</translation>
    </message>
    <message>
      <source>The sender's name is too long: at most %1 characters.</source>
      <translation>ຊື່ຜູ້ສົ່ງ ຍາວເກີນໄປ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
      <source>Your clearance allows at most "%1".</source>
      <translation>ສິດເຂົ້າເຖິງຂອງທ່ານ ອະນຸຍາດສູງສຸດພຽງ "%1".</translation>
    </message>
    <message>
      <source>Registering…</source>
      <translation>ກຳລັງລົງທະບຽນ…</translation>
    </message>
    <message>
      <source>Registered as %1.</source>
      <translation>ລົງທະບຽນແລ້ວ ເລກທີ %1.</translation>
    </message>
    <message>
      <source>Not registered: the connection to the server was lost. Everything you entered is kept; press Register again once the status bar says Saraban is connected.</source>
      <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ: ການເຊື່ອມຕໍ່ກັບເຊີບເວີ ຂາດ. ທຸກຢ່າງທີ່ທ່ານປ້ອນໄວ້ ຍັງຄົງຢູ່; ກົດ ລົງທະບຽນ ອີກຄັ້ງ ເມື່ອແຖບສະຖານະ ບອກວ່າ ສາລະບັນ ເຊື່ອມຕໍ່ແລ້ວ.</translation>
    </message>
    <message>
      <source>The server did not register the letter: %1</source>
      <translation>ເຊີບເວີ ບໍ່ໄດ້ລົງທະບຽນໜັງສື: %1</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ReserveNumberDialog</name>
    <message>
      <source>Reserve a number</source>
      <translation>ຈອງເລກທີ</translation>
    </message>
    <message>
      <source>The number is taken from the register now, so nobody else gets it. Use it for a letter registered later, or release it.</source>
      <translation>ເລກທີຈະຖືກເອົາອອກຈາກປຶ້ມທະບຽນດຽວນີ້ ເພື່ອບໍ່ໃຫ້ຜູ້ອື່ນໄດ້ເລກນີ້. ໃຊ້ມັນສຳລັບໜັງສືທີ່ຈະລົງທະບຽນພາຍຫຼັງ ຫຼື ຍົກເລີກມັນ.</translation>
    </message>
    <message>
      <source>&amp;Register:</source>
      <translation>ປຶ້ມທະບຽນ (&amp;R):</translation>
    </message>
    <message>
      <source>What the number is for (optional)</source>
      <translation>ເລກນີ້ໃຊ້ສຳລັບຫຍັງ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>ໝາຍເຫດ (&amp;N):</translation>
    </message>
    <message>
      <source>Re&amp;serve</source>
      <translation>ຈອງ (&amp;S)</translation>
    </message>
    <message>
      <source>Loading the registers…</source>
      <translation>ກຳລັງໂຫຼດປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
      <source>You may see no register to reserve from.</source>
      <translation>ທ່ານບໍ່ມີປຶ້ມທະບຽນທີ່ຈະຈອງເລກໄດ້.</translation>
    </message>
    <message>
      <source>The note is too long: at most %1 characters.</source>
      <translation>ໝາຍເຫດຍາວເກີນໄປ: ບໍ່ໃຫ້ເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
      <source>The note contains control characters.</source>
      <translation>ໝາຍເຫດມີຕົວອັກສອນຄວບຄຸມ.</translation>
    </message>
    <message>
      <source>Reserving…</source>
      <translation>ກຳລັງຈອງ…</translation>
    </message>
    <message>
      <source>Reserved. The number is yours; the note was recorded with it.</source>
      <translation>ຈອງແລ້ວ. ເລກນີ້ເປັນຂອງທ່ານ; ໝາຍເຫດໄດ້ບັນທຶກໄວ້ພ້ອມກັນ.</translation>
    </message>
    <message>
      <source>The connection to the server was lost. Nothing was reserved; what you typed is kept. Reserve again once connected.</source>
      <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີຂາດ. ຍັງບໍ່ໄດ້ຈອງຫຍັງ; ສິ່ງທີ່ທ່ານພິມໄວ້ຍັງຢູ່. ກະລຸນາຈອງໃໝ່ ເມື່ອເຊື່ອມຕໍ່ໄດ້ແລ້ວ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::RouteDialog</name>
    <message>
      <source>clerk</source>
      <translation>ພະນັກງານສາລະບັນ</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>ພະນັກງານວິຊາການ</translation>
    </message>
    <message>
      <source>head</source>
      <translation>ຫົວໜ້າ</translation>
    </message>
    <message>
      <source>archivist</source>
      <translation>ພະນັກງານເກັບມ້ຽນເອກະສານ</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
    <message>
      <source>Route the letter</source>
      <translation>ສົ່ງໜັງສື</translation>
    </message>
    <message>
      <source>Forward the letter</source>
      <translation>ສົ່ງໜັງສືຕໍ່</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>ສົ່ງ</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ສົ່ງຕໍ່</translation>
    </message>
    <message>
      <source>Search people and units</source>
      <translation>ຊອກຫາບຸກຄົນ ແລະ ໜ່ວຍງານ</translation>
    </message>
    <message>
      <source>&amp;Add to recipients</source>
      <translation>ເພີ່ມເປັນຜູ້ຮັບ (&amp;A)</translation>
    </message>
    <message>
      <source>Recipients:</source>
      <translation>ຜູ້ຮັບ:</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>ຜູ້ຮັບ</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>ບົດບາດ</translation>
    </message>
    <message>
      <source>Instruction</source>
      <translation>ຄຳແນະນຳ</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>ກຳນົດສົ່ງ</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>ເອົາອອກ (&amp;R)</translation>
    </message>
    <message>
      <source>%1 (%2, whole unit)</source>
      <translation>%1 (%2, ທັງໜ່ວຍງານ)</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>To act on it</source>
      <translation>ໃຫ້ດຳເນີນການ</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>ສຳເນົາ</translation>
    </message>
    <message>
      <source>For information</source>
      <translation>ເພື່ອຊາບ</translation>
    </message>
    <message>
      <source>What should they do?</source>
      <translation>ໃຫ້ເຂົາເຈົ້າເຮັດຫຍັງ?</translation>
    </message>
    <message>
      <source>Recipients: add at least one person or unit from the chart.</source>
      <translation>ຜູ້ຮັບ: ກະລຸນາເພີ່ມຢ່າງໜ້ອຍໜຶ່ງບຸກຄົນ ຫຼື ໜ່ວຍງານ ຈາກແຜນຜັງການຈັດຕັ້ງ.</translation>
    </message>
    <message>
      <source>Instruction for %1: at most %2 characters, now %3.</source>
      <translation>ຄຳແນະນຳສຳລັບ %1: ບໍ່ໃຫ້ເກີນ %2 ຕົວອັກສອນ, ດຽວນີ້ມີ %3.</translation>
    </message>
    <message>
      <source>Due date for %1: it cannot be in the past.</source>
      <translation>ວັນກຳນົດສຳລັບ %1: ບໍ່ສາມາດເປັນວັນທີທີ່ຜ່ານມາແລ້ວ.</translation>
    </message>
    <message>
      <source>Due date for %1: %2</source>
      <translation>ວັນກຳນົດສຳລັບ %1: %2</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SendDialog</name>
    <message>
      <source>The connection to the server is lost, so nothing was sent. What you typed is kept: send again once the connection is back.</source>
      <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີຂາດ, ຈຶ່ງຍັງບໍ່ໄດ້ສົ່ງຫຍັງ. ສິ່ງທີ່ທ່ານພິມໄວ້ຍັງຄົງຢູ່: ກະລຸນາສົ່ງອີກຄັ້ງ ເມື່ອເຊື່ອມຕໍ່ໄດ້ແລ້ວ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ServerProfileDialog</name>
    <message>
      <source>Shared server</source>
      <translation>ເຊີບເວີຮ່ວມ</translation>
    </message>
    <message>
      <source>For example: Provincial office</source>
      <translation>ຕົວຢ່າງ: ຫ້ອງການແຂວງ</translation>
    </message>
    <message>
      <source>Optional: the CA file that signed the server's</source>
      <translation>ບໍ່ບັງຄັບ: ໄຟລ໌ CA ທີ່ເຊັນໃບຢັ້ງຢືນຂອງເຊີບເວີ</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>ເລືອກໄຟລ໌ (&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>ເຊີບເວີ (&amp;H):</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>ພອດ (&amp;O):</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>ຖານຂໍ້ມູນ (&amp;D):</translation>
    </message>
    <message>
      <source>&amp;TLS:</source>
      <translation>TLS (&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Root certificate:</source>
      <translation>ໃບຢັ້ງຢືນຮາກ (&amp;R):</translation>
    </message>
    <message>
      <source>The root certificate</source>
      <translation>ໃບຢັ້ງຢືນຮາກ</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>ໃບຢັ້ງຢືນ (*.crt *.pem *.cer);;ທຸກໄຟລ໌ (*)</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::ServerProfiles</name>
    <message>
      <source>Off (never on a network)</source>
      <translation>ປິດ (ຢ່າໃຊ້ໃນເຄືອຂ່າຍ)</translation>
    </message>
    <message>
      <source>When the server offers it</source>
      <translation>ເມື່ອເຊີບເວີ ມີໃຫ້</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>ບັງຄັບ</translation>
    </message>
    <message>
      <source>Required, certificate checked</source>
      <translation>ບັງຄັບ, ກວດໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
      <source>Required, certificate and name checked</source>
      <translation>ບັງຄັບ, ກວດໃບຢັ້ງຢືນ ແລະ ຊື່ເຊີບເວີ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ຊື່</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>ເຊີບເວີ</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>ພອດ</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>ຖານຂໍ້ມູນ</translation>
    </message>
    <message>
      <source>TLS</source>
      <translation>TLS</translation>
    </message>
    <message>
      <source>Root certificate</source>
      <translation>ໃບຢັ້ງຢືນຮາກ</translation>
    </message>
    <message>
      <source>%1: required; give the server a name people recognise.</source>
      <translation>%1: ຕ້ອງມີ; ໃຫ້ຕັ້ງຊື່ເຊີບເວີ ທີ່ຜູ້ໃຊ້ຮູ້ຈັກ.</translation>
    </message>
    <message>
      <source>%1: at most %2 characters, now %3.</source>
      <translation>%1: ບໍ່ເກີນ %2 ຕົວອັກສອນ, ດຽວນີ້ມີ %3.</translation>
    </message>
    <message>
      <source>%1: another server is already called "%2".</source>
      <translation>%1: ມີເຊີບເວີອື່ນ ຊື່ "%2" ແລ້ວ.</translation>
    </message>
    <message>
      <source>%1: required, for example saraban.vientiane.gov.la.</source>
      <translation>%1: ຕ້ອງມີ, ຕົວຢ່າງ saraban.vientiane.gov.la.</translation>
    </message>
    <message>
      <source>%1: "%2" is not a host name or an address: use letters, digits, dots and hyphens, without spaces.</source>
      <translation>%1: "%2" ບໍ່ແມ່ນຊື່ ຫຼື ທີ່ຢູ່ຂອງເຊີບເວີ: ໃຫ້ໃຊ້ຕົວອັກສອນລາແຕັງ, ຕົວເລກ, ຈ້ຳ ແລະ ຂີດ, ບໍ່ມີຍະຫວ່າງ.</translation>
    </message>
    <message>
      <source>%1: a number from 1 to 65535 (PostgreSQL's is 5432).</source>
      <translation>%1: ຕົວເລກ ແຕ່ 1 ຫາ 65535 (ຂອງ PostgreSQL ແມ່ນ 5432).</translation>
    </message>
    <message>
      <source>%1: required; Saraban's database is usually "saraban".</source>
      <translation>%1: ຕ້ອງມີ; ຖານຂໍ້ມູນຂອງ ສາລະບັນ ປົກກະຕິແມ່ນ "saraban".</translation>
    </message>
    <message>
      <source>%1: at most %2 bytes.</source>
      <translation>%1: ບໍ່ເກີນ %2 ໄບຕ໌.</translation>
    </message>
    <message>
      <source>%1: choose one of the modes in the list.</source>
      <translation>%1: ເລືອກໜຶ່ງໃນແບບທີ່ມີໃນລາຍການ.</translation>
    </message>
    <message>
      <source>%1: no readable file at %2.</source>
      <translation>%1: ບໍ່ພົບໄຟລ໌ທີ່ອ່ານໄດ້ ຢູ່ %2.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>ຕັ້ງຄ່າ</translation>
    </message>
    <message>
      <source>Language and appearance</source>
      <translation>ພາສາ ແລະ ການສະແດງຜົນ</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>ພາສາ (&amp;L):</translation>
    </message>
    <message>
      <source>Lao &amp;font:</source>
      <translation>ຟອນລາວ (&amp;F):</translation>
    </message>
    <message>
      <source>Font &amp;size:</source>
      <translation>ຂະໜາດຟອນ (&amp;S):</translation>
    </message>
    <message>
      <source>This computer (Saraban's private server)</source>
      <translation>ຄອມພິວເຕີເຄື່ອງນີ້ (ເຊີບເວີສ່ວນຕົວຂອງ ສາລະບັນ)</translation>
    </message>
    <message>
      <source>%1: %2:%3, database %4, TLS: %5</source>
      <translation>%1: %2:%3, ຖານຂໍ້ມູນ %4, TLS: %5</translation>
    </message>
    <message>
      <source>Language, font and size change as soon as you press OK; no restart is needed.</source>
      <translation>ພາສາ, ຟອນ ແລະ ຂະໜາດ ປ່ຽນທັນທີ ເມື່ອກົດ ຕົກລົງ; ບໍ່ຕ້ອງເປີດໂປຣແກຣມຄືນໃໝ່.</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>ເພີ່ມ (&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>ແກ້ໄຂ (&amp;E)…</translation>
    </message>
    <message>
      <source>D&amp;uplicate…</source>
      <translation>ສຳເນົາ (&amp;U)…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>ລຶບອອກ (&amp;R)</translation>
    </message>
    <message>
      <source>You choose the server when you sign in; the one used last is offered first. Passwords are kept only in the system keychain.</source>
      <translation>ທ່ານເລືອກເຊີບເວີ ເມື່ອເຂົ້າສູ່ລະບົບ; ເຊີບເວີທີ່ໃຊ້ຄັ້ງສຸດທ້າຍ ຈະຖືກສະເໜີກ່ອນ. ລະຫັດຜ່ານ ເກັບໄວ້ໃນບ່ອນເກັບລະຫັດຂອງລະບົບເທົ່ານັ້ນ.</translation>
    </message>
    <message>
      <source>Servers</source>
      <translation>ເຊີບເວີ</translation>
    </message>
    <message>
      <source>Shared server</source>
      <translation>ເຊີບເວີຮ່ວມ</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (ສຳເນົາ)</translation>
    </message>
    <message>
      <source>Used at the last sign-in</source>
      <translation>ໃຊ້ໃນການເຂົ້າສູ່ລະບົບຄັ້ງສຸດທ້າຍ</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SignInDialog</name>
    <message>
      <source>Sign in to Saraban</source>
      <translation>ເຂົ້າສູ່ລະບົບ ສາລະບັນ</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>ເຊີບເວີ</translation>
    </message>
    <message>
      <source>This computer's private server</source>
      <translation>ເຊີບເວີສ່ວນຕົວ ໃນຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
      <source>A shared server on the network</source>
      <translation>ເຊີບເວີຮ່ວມ ໃນເຄືອຂ່າຍ</translation>
    </message>
    <message>
      <source>Saraban's own server on this computer, for one office or a demo.</source>
      <translation>ເຊີບເວີຂອງສາລະບັນເອງ ໃນຄອມພິວເຕີເຄື່ອງນີ້, ສຳລັບຫ້ອງການດຽວ ຫຼື ການສາທິດ.</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>ເຊີບເວີ (&amp;H):</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>ພອດ (&amp;O):</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>ຖານຂໍ້ມູນ (&amp;D):</translation>
    </message>
    <message>
      <source>&amp;TLS:</source>
      <translation>TLS (&amp;T):</translation>
    </message>
    <message>
      <source>Off (never on a network)</source>
      <translation>ປິດ (ຢ່າໃຊ້ໃນເຄືອຂ່າຍ)</translation>
    </message>
    <message>
      <source>When the server offers it</source>
      <translation>ເມື່ອເຊີບເວີ ມີໃຫ້</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>ບັງຄັບ</translation>
    </message>
    <message>
      <source>Required, certificate checked</source>
      <translation>ບັງຄັບ, ກວດໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
      <source>Required, certificate and name checked</source>
      <translation>ບັງຄັບ, ກວດໃບຢັ້ງຢືນ ແລະ ຊື່ເຊີບເວີ</translation>
    </message>
    <message>
      <source>Your account</source>
      <translation>ບັນຊີຂອງທ່ານ</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>ຊື່ຜູ້ໃຊ້ (&amp;U):</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>ລະຫັດຜ່ານ (&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Remember my password on this computer (in the system keychain)</source>
      <translation>ຈື່ລະຫັດຜ່ານໄວ້ ໃນຄອມພິວເຕີເຄື່ອງນີ້ (ໃນບ່ອນເກັບກະແຈຂອງລະບົບ) (&amp;R)</translation>
    </message>
    <message>
      <source>Sign in as the &amp;owner of this computer's server</source>
      <translation>ເຂົ້າລະບົບ ໃນນາມເຈົ້າຂອງເຊີບເວີ ຂອງຄອມພິວເຕີເຄື່ອງນີ້ (&amp;O)</translation>
    </message>
    <message>
      <source>For setting up a new installation before anyone has an account. The owner is not a person of the organisation and sees every letter, whatever its confidentiality.</source>
      <translation>ສຳລັບການຕັ້ງຄ່າການຕິດຕັ້ງໃໝ່ ກ່ອນທີ່ຈະມີຜູ້ໃດມີບັນຊີ. ເຈົ້າຂອງ ບໍ່ແມ່ນພະນັກງານຂອງອົງການ ແລະ ເຫັນໜັງສືທຸກສະບັບ ບໍ່ວ່າຈະມີລະດັບຄວາມລັບໃດກໍ່ຕາມ.</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>ເຂົ້າລະບົບ (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>ກຳລັງເຂົ້າລະບົບ…</translation>
    </message>
    <message>
      <source>Another shared server on the network</source>
      <translation>ເຊີບເວີຮ່ວມອື່ນ ໃນເຄືອຂ່າຍ</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SignaturePanel</name>
    <message>
      <source>Checking the signatures…</source>
      <translation>ກຳລັງກວດລາຍເຊັນ…</translation>
    </message>
    <message>
      <source>The signatures could not be checked.</source>
      <translation>ບໍ່ສາມາດກວດລາຍເຊັນໄດ້.</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>ລາຍເຊັນ</translation>
    </message>
    <message>
      <source>View signed version</source>
      <translation>ເບິ່ງສະບັບທີ່ເຊັນ</translation>
    </message>
    <message>
      <source>Open exactly the bytes this signature covers, as they were when it was signed.</source>
      <translation>ເປີດສະເພາະສ່ວນທີ່ລາຍເຊັນນີ້ຄອບຄຸມ ຕາມທີ່ມັນເປັນໃນເວລາລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Show on page</source>
      <translation>ສະແດງໃນໜ້າ</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SigningDialog</name>
    <message>
      <source>Sign the document</source>
      <translation>ລົງລາຍເຊັນເອກະສານ</translation>
    </message>
    <message>
      <source>You are signing: &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>ທ່ານກຳລັງລົງລາຍເຊັນ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source> (valid until %1)</source>
      <translation> (ໃຊ້ໄດ້ຮອດ %1)</translation>
    </message>
    <message>
      <source>Key store password or token PIN</source>
      <translation>ລະຫັດຜ່ານບ່ອນເກັບກະແຈ ຫຼື PIN ຂອງ token</translation>
    </message>
    <message>
      <source>Where the letter's template puts it</source>
      <translation>ຕາມບ່ອນທີ່ແບບຟອມໜັງສືກຳນົດ</translation>
    </message>
    <message>
      <source>Bottom left of the last page</source>
      <translation>ລຸ່ມເບື້ອງຊ້າຍ ຂອງໜ້າສຸດທ້າຍ</translation>
    </message>
    <message>
      <source>Bottom right of the last page</source>
      <translation>ລຸ່ມເບື້ອງຂວາ ຂອງໜ້າສຸດທ້າຍ</translation>
    </message>
    <message>
      <source>&amp;Certificate:</source>
      <translation>ໃບຢັ້ງຢືນ (&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>ລະຫັດຜ່ານ (&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>ເຫດຜົນ (&amp;R):</translation>
    </message>
    <message>
      <source>P&amp;lace of signing:</source>
      <translation>ສະຖານທີ່ລົງລາຍເຊັນ (&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Signature on the page:</source>
      <translation>ບ່ອນວາງລາຍເຊັນ ໃນໜ້າ (&amp;S):</translation>
    </message>
    <message>
      <source>The signature shows %1, %2 and the date and time of signing.</source>
      <translation>ລາຍເຊັນຈະສະແດງ %1, %2 ແລະ ວັນທີ ເວລາ ທີ່ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>your name</source>
      <translation>ຊື່ຂອງທ່ານ</translation>
    </message>
    <message>
      <source>your title</source>
      <translation>ຕຳແໜ່ງຂອງທ່ານ</translation>
    </message>
    <message>
      <source>&amp;Sign</source>
      <translation>ລົງລາຍເຊັນ (&amp;S)</translation>
    </message>
    <message>
      <source>Signing...</source>
      <translation>ກຳລັງລົງລາຍເຊັນ...</translation>
    </message>
    <message>
      <source>Optional: a note for the drafter</source>
      <translation>ບໍ່ບັງຄັບ: ໝາຍເຫດເຖິງຜູ້ຮ່າງ</translation>
    </message>
    <message>
      <source>C&amp;omment:</source>
      <translation>ຄຳເຫັນ (&amp;O):</translation>
    </message>
    <message>
      <source>Approve &amp;without signing</source>
      <translation>ອະນຸມັດ ໂດຍບໍ່ລົງລາຍເຊັນດິຈິຕອນ (&amp;W)</translation>
    </message>
    <message>
      <source>The version under approval has no PDF to sign.</source>
      <translation>ສະບັບທີ່ກຳລັງພິຈາລະນາ ບໍ່ມີໄຟລ໌ PDF ໃຫ້ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Sending your approval to the server...</source>
      <translation>ກຳລັງສົ່ງການອະນຸມັດຂອງທ່ານ ໄປຫາເຊີບເວີ...</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::StampDialog</name>
    <message>
      <source>&amp;Instruction: who handles it and how.</source>
      <translation>ຄຳສັ່ງການ: ມອບໃຫ້ໃຜ ແລະ ໃຫ້ດຳເນີນການແນວໃດ. (&amp;I)</translation>
    </message>
    <message>
      <source>Endorse &amp;for:</source>
      <translation>ສັ່ງການໃນນາມ (&amp;F):</translation>
    </message>
    <message>
      <source>Also &amp;write it on the document</source>
      <translation>ຂຽນຄຳສັ່ງການລົງໃນເອກະສານນຳ (&amp;W)</translation>
    </message>
    <message>
      <source>Bottom margin</source>
      <translation>ຂອບລຸ່ມຂອງໜ້າ</translation>
    </message>
    <message>
      <source>Top right corner</source>
      <translation>ມຸມເທິງເບື້ອງຂວາ</translation>
    </message>
    <message>
      <source>Top left corner</source>
      <translation>ມຸມເທິງເບື້ອງຊ້າຍ</translation>
    </message>
    <message>
      <source>Bottom right corner</source>
      <translation>ມຸມລຸ່ມເບື້ອງຂວາ</translation>
    </message>
    <message>
      <source>Bottom left corner</source>
      <translation>ມຸມລຸ່ມເບື້ອງຊ້າຍ</translation>
    </message>
    <message>
      <source>Where I clicked on the page</source>
      <translation>ບ່ອນທີ່ຂ້ອຍຄລິກໃສ່ໜ້າເອກະສານ</translation>
    </message>
    <message>
      <source>&amp;Place on page 1:</source>
      <translation>ບ່ອນວາງໃນໜ້າທີ 1 (&amp;P):</translation>
    </message>
    <message>
      <source>Click on the page to put it anywhere else.</source>
      <translation>ຄລິກໃສ່ໜ້າເອກະສານ ເພື່ອວາງໄວ້ບ່ອນອື່ນ.</translation>
    </message>
    <message>
      <source>This letter has no PDF file to write on.</source>
      <translation>ໜັງສືນີ້ບໍ່ມີໄຟລ໌ PDF ທີ່ຈະຂຽນລົງໄດ້.</translation>
    </message>
    <message>
      <source>Stamp as received</source>
      <translation>ປະທັບກາຮັບໜັງສື</translation>
    </message>
    <message>
      <source>Stamp</source>
      <translation>ປະທັບກາ</translation>
    </message>
    <message>
      <source>Endorse the letter</source>
      <translation>ຂຽນຄຳເຫັນສັ່ງການ</translation>
    </message>
    <message>
      <source>Endorse</source>
      <translation>ສັ່ງການ</translation>
    </message>
    <message>
      <source>%1 (acting head)</source>
      <translation>%1 (ຮັກສາການຫົວໜ້າ)</translation>
    </message>
    <message>
      <source>Retry writing on the document</source>
      <translation>ລອງຂຽນລົງເອກະສານອີກຄັ້ງ</translation>
    </message>
    <message>
      <source>The endorsement is recorded in the letter's history, but it could not be written on the document. Nothing you wrote is lost: retry, or close and the endorsement stays as text only.</source>
      <translation>ຄຳເຫັນສັ່ງການ ໄດ້ບັນທຶກໄວ້ໃນປະຫວັດຂອງໜັງສືແລ້ວ ແຕ່ບໍ່ສາມາດຂຽນລົງໃນເອກະສານໄດ້. ສິ່ງທີ່ທ່ານຂຽນບໍ່ໄດ້ເສຍໄປ: ລອງໃໝ່ ຫຼື ປິດ ແລ້ວຄຳເຫັນສັ່ງການຈະຢູ່ເປັນຂໍ້ຄວາມເທົ່ານັ້ນ.</translation>
    </message>
    <message>
      <source>This letter has no PDF file to stamp.</source>
      <translation>ໜັງສືນີ້ບໍ່ມີໄຟລ໌ PDF ທີ່ຈະປະທັບກາໄດ້.</translation>
    </message>
    <message>
      <source>The instruction is required: write at least a few words.</source>
      <translation>ຕ້ອງມີຄຳສັ່ງການ: ກະລຸນາຂຽນຢ່າງໜ້ອຍສອງສາມຄຳ.</translation>
    </message>
    <message>
      <source>The instruction is too long: at most %1 characters, now %2.</source>
      <translation>ຄຳສັ່ງການຍາວເກີນໄປ: ບໍ່ເກີນ %1 ຕົວອັກສອນ, ຕອນນີ້ມີ %2.</translation>
    </message>
    <message>
      <source>Choose the unit you endorse for.</source>
      <translation>ກະລຸນາເລືອກໜ່ວຍງານ ທີ່ທ່ານສັ່ງການໃນນາມ.</translation>
    </message>
  </context>
  <context>
    <name>saraban::ui::SubmitDialog</name>
    <message>
      <source>Submit the draft for approval</source>
      <translation>ສົ່ງຮ່າງໜັງສືເພື່ອພິຈາລະນາອະນຸມັດ</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>ສົ່ງພິຈາລະນາ</translation>
    </message>
    <message>
      <source>(choose an approval chain)</source>
      <translation>(ເລືອກສາຍການອະນຸມັດ)</translation>
    </message>
    <message>
      <source>Approval &amp;chain:</source>
      <translation>ສາຍການອະນຸມັດ: (&amp;C)</translation>
    </message>
    <message>
      <source>Approval chain: none is set up for this draft's unit and type; ask an administrator to set one up.</source>
      <translation>ສາຍການອະນຸມັດ: ຍັງບໍ່ມີສາຍການອະນຸມັດສຳລັບໜ່ວຍງານ ແລະ ປະເພດໜັງສືຂອງຮ່າງນີ້; ກະລຸນາຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບຕັ້ງໃຫ້.</translation>
    </message>
    <message>
      <source>Approval chain: choose one.</source>
      <translation>ສາຍການອະນຸມັດ: ກະລຸນາເລືອກໜຶ່ງສາຍ.</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>An approval chain &amp;template:</source>
      <translation>ແມ່ແບບສາຍການອະນຸມັດ (&amp;T):</translation>
    </message>
    <message>
      <source>A chain I &amp;write:</source>
      <translation>ສາຍການອະນຸມັດ ທີ່ຂ້ອຍກຳນົດເອງ (&amp;W):</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
      <source>Who decides</source>
      <translation>ຜູ້ພິຈາລະນາ</translation>
    </message>
    <message>
      <source>&amp;Add a step</source>
      <translation>ເພີ່ມຂັ້ນຕອນ (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>ລຶບອອກ (&amp;R)</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>ຍ້າຍຂຶ້ນ (&amp;U)</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>ຍ້າຍລົງ (&amp;D)</translation>
    </message>
    <message>
      <source>(choose a person)</source>
      <translation>(ເລືອກບຸກຄົນ)</translation>
    </message>
    <message>
      <source>Approval chain: add at least one step; the last one signs.</source>
      <translation>ສາຍການອະນຸມັດ: ກະລຸນາເພີ່ມຢ່າງໜ້ອຍ ໜຶ່ງຂັ້ນຕອນ; ຂັ້ນຕອນສຸດທ້າຍ ແມ່ນການລົງລາຍເຊັນ.</translation>
    </message>
    <message>
      <source>Approval chain: at most %1 steps.</source>
      <translation>ສາຍການອະນຸມັດ: ບໍ່ໃຫ້ເກີນ %1 ຂັ້ນຕອນ.</translation>
    </message>
    <message>
      <source>Approval chain: exactly one step signs, and it is the last (step %1).</source>
      <translation>ສາຍການອະນຸມັດ: ມີຂັ້ນຕອນລົງລາຍເຊັນ ພຽງໜຶ່ງດຽວ ແລະ ເປັນຂັ້ນຕອນສຸດທ້າຍ (ຂັ້ນຕອນທີ %1).</translation>
    </message>
    <message>
      <source>Step %1: choose who decides.</source>
      <translation>ຂັ້ນຕອນທີ %1: ກະລຸນາເລືອກ ຜູ້ພິຈາລະນາ.</translation>
    </message>
    <message>
      <source>Step %1: you cannot approve your own draft.</source>
      <translation>ຂັ້ນຕອນທີ %1: ທ່ານບໍ່ສາມາດອະນຸມັດ ຮ່າງໜັງສືຂອງຕົນເອງໄດ້.</translation>
    </message>
    <message>
      <source>Step %1: this person is already in the chain.</source>
      <translation>ຂັ້ນຕອນທີ %1: ບຸກຄົນນີ້ ມີຢູ່ໃນສາຍການອະນຸມັດແລ້ວ.</translation>
    </message>
    <message>
      <source>Approval chain: no template is set up for this draft's unit and type; write the chain instead.</source>
      <translation>ສາຍການອະນຸມັດ: ຍັງບໍ່ມີແມ່ແບບ ສຳລັບໜ່ວຍງານ ແລະ ປະເພດ ຂອງຮ່າງໜັງສືນີ້; ກະລຸນາກຳນົດສາຍການອະນຸມັດເອງ.</translation>
    </message>
  </context>
</TS>

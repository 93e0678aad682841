#include "tests/screenshots/draftscreens.h"

#include "core/db/connectioncontroller.h"
#include "core/i18n/translations.h"
#include "core/services/draftcomposer.h"
#include "ui/draftdialog.h"
#include "ui/pdfpageview.h"
#include "ui/submitdialog.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace saraban::screenshots {

namespace {

void waitFor(const std::function<bool()> &done, int ms)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int saveDraftScreens(ConnectionController &controller, QWidget *window, const QString &out,
                     const QString &suffix, const SaveFunction &save)
{
    DbWorker *worker = controller.worker();
    if (!worker)
        return 0;
    const bool lao = i18n::current() == Language::Lao;
    const QString me = worker->profile().user();
    std::optional<DraftSetup> setup;
    bool answered = false;
    worker->post(
        window,
        [me, lao](const QSqlDatabase &database) {
            return DraftComposerService(database).setup(me, lao);
        },
        [&](Result<DraftSetup> read) {
            answered = true;
            if (read)
                setup = *read;
        });
    waitFor([&answered] { return answered; }, 10000);
    if (!setup)
        return 1;
    int failures = 0;
    {
        ui::DraftDialog draft(*setup, std::nullopt, {}, {}, window);
        const auto field = [&draft](const char *name) {
            return draft.findChild<QLineEdit *>(QLatin1String(name));
        };
        field("subject")->setText(
            QStringLiteral("ຂໍອະນຸມັດ ງົບປະມານ ຈັດກອງປະຊຸມສຳມະນາ ວຽກງານໄປສະນີ ທົ່ວແຂວງ"));
        field("recipient")->setText(QStringLiteral("ທ່ານ ເຈົ້າແຂວງ ແຂວງວຽງຈັນ"));
        field("documentTitle")->setText(QStringLiteral("ໜັງສືສະເໜີ"));
        draft.addReference(QStringLiteral("ແຜນການ ປະຈຳປີ 2026 ຂອງພະແນກ"));
        draft.addReference(QStringLiteral("ໜັງສືແຈ້ງການ ຂອງກະຊວງ ເລກທີ 120/ກທສ, ລົງວັນທີ 5 ມີນາ 2026"));
        draft.findChild<QPlainTextEdit *>(QStringLiteral("body"))
            ->setPlainText(QStringLiteral(
                "ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ ຂໍສະເໜີ ງົບປະມານ ເພື່ອຈັດກອງປະຊຸມສຳມະນາ "
                "ວຽກງານໄປສະນີ ທົ່ວແຂວງ ໃນເດືອນກໍລະກົດ.\n"
                "ຈຶ່ງຮຽນມາຍັງທ່ານ ເພື່ອພິຈາລະນາ."));
        draft.show();
        draft.preview();
        waitFor([&draft] { return draft.previewView()->isPageShown(0); }, 30000);
        failures += !save(draft, out + QStringLiteral("/draft") + suffix);
    }
    {
        ui::SubmitDialog submit(QStringLiteral("ຮ່າງໜັງສືສະເໜີ ງົບປະມານ ປັບປຸງເຄືອຂ່າຍອິນເຕີເນັດ ຂອງພະແນກ"), {},
                                setup->directory, me, window);
        submit.addStep(StepKind::Review, QStringLiteral("sengphet"));
        submit.addStep(StepKind::Opinion, QStringLiteral("phouvong"));
        submit.addStep(StepKind::Opinion, QStringLiteral("saysana"));
        submit.addStep(StepKind::Sign, QStringLiteral("bounmy"));
        failures += !save(submit, out + QStringLiteral("/submit-chain") + suffix);
    }
    return failures;
}

} // namespace saraban::screenshots

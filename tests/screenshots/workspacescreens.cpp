#include "tests/screenshots/workspacescreens.h"

#include "core/db/connectioncontroller.h"
#include "core/i18n/translations.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/actingservice.h"
#include "core/services/directoryservice.h"
#include "ui/actingdialog.h"
#include "ui/decisiondialog.h"
#include "ui/inboxpage.h"
#include "ui/letterdetailpane.h"
#include "ui/routedialog.h"

#include <QEventLoop>
#include <QTableView>
#include <QTimer>

namespace saraban::screenshots {

namespace {

// Runs the event loop until done() or the time is up.
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

int saveWorkspaceScreens(ConnectionController &controller, QWidget *window, const QString &out,
                         const QString &suffix, const SaveFunction &save)
{
    DbWorker *worker = controller.worker();
    if (!worker)
        return 0;
    int failures = 0;

    // The head's folder of letters to act on, the first one selected.
    {
        ui::InboxPage page(QStringLiteral("to_act"), worker, new InboxModel(worker),
                           new TimelineModel(worker));
        page.resize(1366, 720);
        page.show();
        waitFor([&page] { return page.model()->rowCount() > 0 && page.isReady(); }, 10000);
        if (page.model()->rowCount() > 0) {
            page.table()->selectRow(0);
            waitFor([&page] { return page.detailPane()->hasPreview(); }, 15000);
        }
        failures += !save(page, out + QStringLiteral("/inbox") + suffix);
    }

    // The chart and the person's head capacities, as the dialogs get them.
    std::optional<Directory> directory;
    QList<int> headUnits;
    const bool lao = i18n::current() == Language::Lao;
    worker->post(
        window,
        [lao](const QSqlDatabase &database) { return DirectoryService(database).read(lao); },
        [&directory](Result<Directory> read) {
            if (read)
                directory = *read;
        });
    bool capacitiesRead = false;
    worker->post(
        window,
        [](const QSqlDatabase &database) { return ActingService(database).headCapacities(); },
        [&](Result<QList<HeadCapacity>> capacities) {
            capacitiesRead = true;
            if (!capacities)
                return;
            for (const HeadCapacity &capacity : *capacities) {
                if (!capacity.acting)
                    headUnits << capacity.unitId;
            }
        });
    waitFor([&] { return directory.has_value() && capacitiesRead; }, 10000);
    if (!directory)
        return failures + 1;

    {
        ui::RouteDialog route(ui::RouteDialog::Mode::Forward, *directory,
                              QStringLiteral("ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ 2026"), 1, window);
        route.addPerson(QStringLiteral("sengphet"));
        route.addUnit(QStringLiteral("VTP-PTC-IT"));
        route.setRole(1, RoutingRole::Copy);
        route.setInstruction(0, QStringLiteral("ກະກຽມບົດລາຍງານ ແລະ ສະເໜີກ່ອນວັນສຸກ"));
        route.setSearch(QStringLiteral("ໄປສະນີ"));
        failures += !save(route, out + QStringLiteral("/route") + suffix);
    }
    {
        ui::DecisionDialog endorse(ui::DecisionDialog::Kind::Endorse,
                                   QStringLiteral("ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ 2026"), window);
        failures += !save(endorse, out + QStringLiteral("/decision-empty") + suffix);
        endorse.setText(QStringLiteral("ມອບໃຫ້ຂະແໜງບໍລິຫານ ກະກຽມເອກະສານ ແລະ ລາຍງານຜົນໃຫ້ຊາບ."));
        failures += !save(endorse, out + QStringLiteral("/decision") + suffix);
    }
    {
        ui::ActingDialog acting(*directory, headUnits, worker->profile().user(), window);
        acting.setActing(QStringLiteral("vilay"));
        acting.setNote(QStringLiteral("ໄປປະຊຸມຢູ່ນະຄອນຫຼວງວຽງຈັນ"));
        failures += !save(acting, out + QStringLiteral("/acting") + suffix);
        acting.setPeriod(directory->officeToday.addDays(5), directory->officeToday.addDays(2));
        failures += !save(acting, out + QStringLiteral("/acting-error") + suffix);
    }
    return failures;
}

} // namespace saraban::screenshots

#include "ui/workspace.h"

#include "core/db/notificationlistener.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/liveupdates.h"
#include "ui/foldercounter.h"
#include "ui/inboxpage.h"

namespace saraban::ui {

Workspace::Workspace(DbWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_liveUpdates(std::make_unique<LiveUpdates>(worker->profile()))
    , m_counter(new FolderCounter(worker, this))
{
    connect(m_liveUpdates.get(), &LiveUpdates::ready, this, &Workspace::listen);
    connect(m_liveUpdates.get(), &LiveUpdates::failed, this, [this](const Error &error) {
        m_live = false;
        emit liveFailed(error);
    });
    m_liveUpdates->start();
    // A dropped connection takes the LISTEN connection with it: listen again once the worker
    // is back (the pages and counts read again by themselves then).
    connect(m_worker, &DbWorker::connected, m_liveUpdates.get(), &LiveUpdates::start);
    m_counter->reload();
}

Workspace::~Workspace() = default;

void Workspace::listen(NotificationListener *listener)
{
    m_listener = listener;
    m_live = true;
    m_counter->watch(listener);
    for (InboxPage *page : std::as_const(m_pages))
        page->watch(listener);
    // What changed while nobody listened.
    m_counter->reload();
}

InboxPage *Workspace::page(const QString &folder, QWidget *parent)
{
    if (InboxPage *existing = m_pages.value(folder))
        return existing;
    auto *page = new InboxPage(folder, m_worker, new InboxModel(m_worker),
                               new TimelineModel(m_worker), parent);
    page->setPdfOptions(m_pdfOptions);
    if (m_listener)
        page->watch(m_listener);
    connect(page, &InboxPage::changed, m_counter, &FolderCounter::reload);
    connect(page, &InboxPage::urgentArrived, this, &Workspace::urgentArrived);
    m_pages.insert(folder, page);
    return page;
}

} // namespace saraban::ui

#include "core/pdf/engine/popplerlog.h"

#include "core/pdf/pdflogging.h"

#include <QElapsedTimer>
#include <QVariant>

#include <poppler-qt6.h>

namespace saraban::pdf::engine {

namespace {

constexpr quint64 loggedPerWork = 20;
constexpr int keptRecent = 5;

struct State
{
    quint64 total = 0;
    quint64 inWork = 0;
    QStringList recent;
    QElapsedTimer sinceProgress;
    std::function<void(quint64)> onProgress;
};

State &state()
{
    static State instance;
    return instance;
}

void handle(const QString &message, const QVariant &)
{
    State &s = state();
    ++s.total;
    ++s.inWork;
    if (s.recent.size() == keptRecent)
        s.recent.removeFirst();
    s.recent.append(message.left(300));
    if (s.inWork <= loggedPerWork)
        qCInfo(lcPoppler).noquote() << message.left(300);
    else if (s.inWork == loggedPerWork + 1)
        qCInfo(lcPoppler) << "further messages of this work are counted, not shown";
    if (s.onProgress && (!s.sinceProgress.isValid() || s.sinceProgress.elapsed() >= 250)) {
        s.sinceProgress.start();
        s.onProgress(s.total);
    }
}

} // namespace

void PopplerLog::install(std::function<void(quint64)> onProgress)
{
    state().onProgress = std::move(onProgress);
    Poppler::setDebugErrorFunction(handle, QVariant());
}

void PopplerLog::beginWork()
{
    state().inWork = 0;
}

void PopplerLog::endWork()
{
    State &s = state();
    if (s.inWork > loggedPerWork)
        qCInfo(lcPoppler) << s.inWork - loggedPerWork << "further messages were not shown";
    s.inWork = 0;
}

quint64 PopplerLog::messageCount()
{
    return state().total;
}

QString PopplerLog::recent()
{
    return state().recent.join(QLatin1Char('\n'));
}

} // namespace saraban::pdf::engine

#include "core/models/registermodel.h"

#include "core/i18n/translations.h"
#include "core/services/serverquery.h"
#include "core/text/laodate.h"

namespace saraban {

RegisterModel::RegisterModel(DbWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{
    connect(m_worker, &DbWorker::connected, this, [this] {
        if (m_reloadWhenConnected)
            reload();
    });
}

void RegisterModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, LetterQuery::maximumPageSize);
}

void RegisterModel::setFilter(const LetterFilter &filter)
{
    // An answer for the previous filter must not be appended to this one.
    m_worker->cancel(m_pending);
    m_pending = 0;
    m_reloadWhenConnected = false;
    beginResetModel();
    m_filter = filter;
    m_letters.clear();
    m_atEnd = false;
    m_error.reset();
    endResetModel();
    requestPage();
}

Result<RegisterModel::Labels> RegisterModel::readLabels(const QSqlDatabase &database, bool lao)
{
    // A few rows of reference data, read once, in the interface language.
    const QString name = lao ? QStringLiteral("name_lo") : QStringLiteral("name_en");
    Labels labels;
    std::optional<Error> failure;
    const auto load = [&](const QString &sql, auto &target) {
        if (failure)
            return;
        ServerQuery query(database, sql.arg(name));
        if (Status status = query.exec(); !status) {
            failure = status.error();
            return;
        }
        while (query.next()) {
            using Key = typename std::decay_t<decltype(target)>::key_type;
            target.insert(query.value(0).value<Key>(), query.value(1).toString());
        }
    };
    load(QStringLiteral("SELECT id, %1 FROM saraban.letter_types"), labels.types);
    load(QStringLiteral("SELECT level, %1 FROM saraban.urgency_levels"), labels.urgencies);
    load(QStringLiteral("SELECT level, %1 FROM saraban.confidentiality_levels"),
         labels.confidentialities);
    load(QStringLiteral("SELECT code, %1 FROM saraban.letter_statuses"), labels.statuses);
    if (failure)
        return *failure;
    return labels;
}

void RegisterModel::requestPage()
{
    const PageKey after =
        m_letters.isEmpty() ? PageKey{} : LetterQuery::keyOf(m_letters.constLast());
    const bool needLabels = !m_labels.has_value();
    const bool lao = i18n::current() == Language::Lao;
    // Runs on the worker thread: values only, no `this`.
    auto job = [filter = m_filter, after, limit = m_pageSize, needLabels,
                lao](const QSqlDatabase &database) -> Result<Page> {
        Page page;
        if (needLabels) {
            auto labels = readLabels(database, lao);
            if (!labels)
                return labels.error();
            page.labels = *labels;
        }
        auto letters = LetterQuery(database).page(filter, after, limit);
        if (!letters)
            return letters.error();
        page.letters = *letters;
        return page;
    };
    m_pending = m_worker->post(this, std::move(job),
                               [this](Result<Page> page) { receivePage(std::move(page)); });
}

void RegisterModel::receivePage(Result<Page> page)
{
    m_pending = 0;
    if (!page) {
        // Stop asking until the filter changes or reload() is called: a view would otherwise
        // retry on every scroll. A dropped connection is the exception: the worker reconnects
        // by itself, and the model tries again then.
        m_atEnd = true;
        m_error = page.error();
        m_reloadWhenConnected = DbWorker::isConnectionError(page.error());
        emit loadFailed(page.error().message);
        return;
    }
    if (page->labels)
        m_labels = page->labels;
    const QList<LetterSummary> &letters = page->letters;
    m_atEnd = letters.size() < m_pageSize;
    if (!letters.isEmpty()) {
        const int first = static_cast<int>(m_letters.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(letters.size()) - 1);
        m_letters.append(letters);
        endInsertRows();
    }
    emit pageLoaded();
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_letters.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RegisterModel::canFetchMore(const QModelIndex &parent) const
{
    // One page in flight at a time; a view asks again after the rows are inserted.
    return !parent.isValid() && !m_atEnd && m_pending == 0;
}

void RegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage();
}

QString RegisterModel::display(const LetterSummary &letter, int column) const
{
    const Language language = i18n::current();
    switch (column) {
    case NumberColumn:
        return letter.number;
    case RegisteredColumn:
        return text::formatDate(letter.registeredOn, language, text::DateForm::Short);
    case LetterDateColumn:
        return text::formatDate(letter.letterDate, language, text::DateForm::Short);
    case CorrespondentsColumn:
        return letter.correspondents;
    case SubjectColumn:
        return letter.subject;
    case TypeColumn:
        return letter.letterTypeId && m_labels ? m_labels->types.value(*letter.letterTypeId)
                                               : QString();
    case UrgencyColumn:
        return m_labels ? m_labels->urgencies.value(letter.urgency, QString::number(letter.urgency))
                        : QString::number(letter.urgency);
    case ConfidentialityColumn:
        return m_labels ? m_labels->confidentialities.value(letter.confidentiality,
                                                            QString::number(letter.confidentiality))
                        : QString::number(letter.confidentiality);
    case StatusColumn:
        return m_labels ? m_labels->statuses.value(letter.status, letter.status) : letter.status;
    default:
        return QString();
    }
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_letters.size() || index.column() >= ColumnCount)
        return {};
    const LetterSummary &letter = m_letters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(letter, index.column());
    case IdRole:
        return letter.id;
    case RegisterIdRole:
        return letter.registerId;
    case DirectionRole:
        return DirectionText::code(letter.direction);
    case UrgencyRole:
        return letter.urgency;
    case ConfidentialityRole:
        return letter.confidentiality;
    case StatusRole:
        return letter.status;
    case HasFileRole:
        return letter.hasFile;
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case RegisteredColumn:
        return tr("Registered");
    case LetterDateColumn:
        return tr("Letter date");
    case CorrespondentsColumn:
        return tr("From / to");
    case SubjectColumn:
        return tr("Subject");
    case TypeColumn:
        return tr("Type");
    case UrgencyColumn:
        return tr("Urgency");
    case ConfidentialityColumn:
        return tr("Confidentiality");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> RegisterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "letterId");
    names.insert(RegisterIdRole, "registerId");
    names.insert(DirectionRole, "direction");
    names.insert(UrgencyRole, "urgency");
    names.insert(ConfidentialityRole, "confidentiality");
    names.insert(StatusRole, "status");
    names.insert(HasFileRole, "hasFile");
    return names;
}

} // namespace saraban

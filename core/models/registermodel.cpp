#include "core/models/registermodel.h"

#include "core/i18n/translations.h"
#include "core/services/serverquery.h"

#include <QLocale>

namespace saraban {

RegisterModel::RegisterModel(QSqlDatabase database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_query(std::move(database))
{}

void RegisterModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, LetterQuery::maximumPageSize);
}

void RegisterModel::setFilter(const LetterFilter &filter)
{
    if (!m_labelsLoaded)
        loadLabels();
    beginResetModel();
    m_filter = filter;
    m_letters.clear();
    m_atEnd = false;
    m_error.reset();
    endResetModel();
    fetchMore(QModelIndex());
}

void RegisterModel::loadLabels()
{
    // A few rows of reference data, read once, in the interface language.
    const bool lao = i18n::current() == Language::Lao;
    const QString name = lao ? QStringLiteral("name_lo") : QStringLiteral("name_en");
    const auto load = [&](const QString &sql, auto &target) {
        ServerQuery query(m_database, sql.arg(name));
        if (!query.exec())
            return;
        while (query.next()) {
            using Key = typename std::decay_t<decltype(target)>::key_type;
            target.insert(query.value(0).value<Key>(), query.value(1).toString());
        }
    };
    load(QStringLiteral("SELECT id, %1 FROM saraban.letter_types"), m_types);
    load(QStringLiteral("SELECT level, %1 FROM saraban.urgency_levels"), m_urgencies);
    load(QStringLiteral("SELECT level, %1 FROM saraban.confidentiality_levels"),
         m_confidentialities);
    load(QStringLiteral("SELECT code, %1 FROM saraban.letter_statuses"), m_statuses);
    m_labelsLoaded = true;
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
    return !parent.isValid() && !m_atEnd;
}

void RegisterModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const PageKey after =
        m_letters.isEmpty() ? PageKey{} : LetterQuery::keyOf(m_letters.constLast());
    auto page = m_query.page(m_filter, after, m_pageSize);
    if (!page) {
        // Stop asking until the filter changes or reload() is called: a view would otherwise
        // retry on every scroll.
        m_atEnd = true;
        m_error = page.error();
        emit loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_letters.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
    m_letters.append(*page);
    endInsertRows();
}

QString RegisterModel::display(const LetterSummary &letter, int column) const
{
    const QLocale locale;
    switch (column) {
    case NumberColumn:
        return letter.number;
    case RegisteredColumn:
        return locale.toString(letter.registeredOn, QLocale::ShortFormat);
    case LetterDateColumn:
        return locale.toString(letter.letterDate, QLocale::ShortFormat);
    case CorrespondentsColumn:
        return letter.correspondents;
    case SubjectColumn:
        return letter.subject;
    case TypeColumn:
        return letter.letterTypeId ? m_types.value(*letter.letterTypeId) : QString();
    case UrgencyColumn:
        return m_urgencies.value(letter.urgency, QString::number(letter.urgency));
    case ConfidentialityColumn:
        return m_confidentialities.value(letter.confidentiality,
                                         QString::number(letter.confidentiality));
    case StatusColumn:
        return m_statuses.value(letter.status, letter.status);
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

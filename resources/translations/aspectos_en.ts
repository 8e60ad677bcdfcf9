<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_BR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="223"/>
        <source>Banco de dados danificado</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="228"/>
        <source>Nenhuma cópia de segurança foi encontrada. O arquivo foi mantido como está para análise.</source>
        <translation>No backup copy was found. The file was left as it is for analysis.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="233"/>
        <source>Restaurar a cópia de segurança mais recente ({backup})? O arquivo danificado será guardado ao lado, sem apagar nada.</source>
        <translation>Restore the most recent backup copy ({backup})? The damaged file will be kept next to it; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="243"/>
        <source>Falha ao restaurar</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="247"/>
        <source>Cópia restaurada</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="248"/>
        <source>Cópia restaurada. O arquivo danificado foi guardado em {path}.</source>
        <translation>Backup restored. The damaged file was kept at {path}.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="253"/>
        <source>Não foi possível abrir os dados</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="285"/>
        <source>Demonstração indisponível</source>
        <translation>Demo unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="318"/>
        <source>Cópia de segurança não feita</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="319"/>
        <source>A cópia de segurança automática não pôde ser feita ao fechar:

{error}

O que aparecia como “Salvo” continua no arquivo de dados.</source>
        <translation>The automatic backup could not be made on closing:

{error}

What was shown as “Saved” is still in the data file.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="354"/>
        <source>Catálogo indisponível</source>
        <translation>Catalogue unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="355"/>
        <source>Não foi possível carregar o catálogo: {error}</source>
        <translation>Could not load the catalogue: {error}</translation>
    </message>
</context>
<context>
    <name>AspectEditor</name>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="31"/>
        <source>○ não respondido</source>
        <translation>○ not answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="32"/>
        <source>● respondido</source>
        <translation>● answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="33"/>
        <source>⚠ resposta inválida</source>
        <translation>⚠ invalid answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="70"/>
        <source>(a fonte não traz enunciado para este aspecto)</source>
        <translation>(the source gives no statement for this aspect)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="75"/>
        <source>Fonte: {reference}</source>
        <translation>Source: {reference}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="85"/>
        <source>Comentário (opcional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="86"/>
        <source>Comentário — {aspect}</source>
        <translation>Comment — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="87"/>
        <source>Evidência: documento, ata, link… (opcional)</source>
        <translation>Evidence: document, minutes, link… (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="88"/>
        <source>Evidência — {aspect}</source>
        <translation>Evidence — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="90"/>
        <source>Onde comprovar a resposta: documento, ata, link (opcional)</source>
        <translation>Where the answer can be checked: document, minutes, link (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="93"/>
        <source>Histórico…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="95"/>
        <source>Histórico de alterações — {aspect}</source>
        <translation>Change history — {aspect}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="324"/>
        <source>Nova avaliação</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="332"/>
        <source>Título da avaliação</source>
        <translation>Assessment title</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="333"/>
        <source>&amp;Autoavaliação</source>
        <translation>&amp;Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="334"/>
        <source>&amp;Visita de monitoramento</source>
        <translation>Monitoring &amp;visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="344"/>
        <source>Início do período de referência</source>
        <translation>Start of the reference period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="345"/>
        <source>Fim do período de referência</source>
        <translation>End of the reference period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="346"/>
        <source>dd/mm/aaaa; as setas ↑ e ↓ mudam o dia, o mês ou o ano</source>
        <translation>dd/mm/yyyy; the ↑ and ↓ arrows change the day, month or year</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="350"/>
        <source>Opcional; sem título, a lista mostra o tipo da avaliação</source>
        <translation>Optional; without a title the list shows the assessment type</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="351"/>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="352"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="353"/>
        <source>Período — &amp;início:</source>
        <translation>Period — st&amp;art:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="354"/>
        <source>Período — &amp;fim:</source>
        <translation>Period — &amp;end:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="356"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="359"/>
        <source>Nome do monitor</source>
        <translation>Monitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="361"/>
        <source>Instituição do monitor</source>
        <translation>Monitor&apos;s institution</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="363"/>
        <source>Data da visita</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="365"/>
        <source>&amp;Monitor(a):</source>
        <translation>&amp;Monitor:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="366"/>
        <source>I&amp;nstituição:</source>
        <translation>I&amp;nstitution:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="367"/>
        <source>&amp;Data da visita:</source>
        <translation>Visit &amp;date:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="369"/>
        <source>Escopo: temas avaliados</source>
        <translation>Scope: themes assessed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="408"/>
        <source>O fim do período é anterior ao início.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="410"/>
        <source>Escolha pelo menos um tema.</source>
        <translation>Choose at least one theme.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="412"/>
        <source>Uma visita precisa do nome do(a) monitor(a).</source>
        <translation>A visit needs the monitor&apos;s name.</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="29"/>
        <source>Avaliação</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="30"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="31"/>
        <source>Período</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="32"/>
        <source>Revisão</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="33"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="34"/>
        <source>Progresso</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="35"/>
        <source>Atualizada em</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_table.py" line="81"/>
        <source>{start} a {end}</source>
        <translation>{start} to {end}</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="159"/>
        <source>◀ Avaliações</source>
        <translation>◀ Assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="160"/>
        <source>Voltar à lista de avaliações</source>
        <translation>Back to the list of assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="168"/>
        <source>Tentar salvar de novo</source>
        <translation>Try saving again</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="170"/>
        <source>Gravar de novo as respostas que o disco recusou</source>
        <translation>Write again the answers the disk refused</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="177"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="183"/>
        <source>Avaliação finalizada: somente leitura. Para alterar, crie uma nova revisão na lista de avaliações.</source>
        <translation>Assessment finalized: read-only. To change it, create a new revision in the list of assessments.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="194"/>
        <source>Buscar aspecto (Ctrl+F)</source>
        <translation>Search aspects (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="195"/>
        <source>Buscar aspecto no catálogo</source>
        <translation>Search the catalogue for an aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="197"/>
        <source>Digite parte do texto do aspecto; acentos são ignorados. Enter abre o primeiro resultado</source>
        <translation>Type part of the aspect&apos;s text; accents are ignored. Enter opens the first result</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="203"/>
        <source>Resultados da busca</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="204"/>
        <source>Enter abre o aspecto escolhido</source>
        <translation>Enter opens the chosen aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="212"/>
        <source>Só não respondidas</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="214"/>
        <source>Mostra apenas categorias e aspectos ainda sem resposta válida</source>
        <translation>Shows only categories and aspects that still have no valid answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="217"/>
        <source>Tema / categoria</source>
        <translation>Theme / category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="217"/>
        <source>Progresso</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="218"/>
        <source>Temas e categorias</source>
        <translation>Themes and categories</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="220"/>
        <source>Enter abre a categoria; a coluna Progresso mostra respondidos de total</source>
        <translation>Enter opens the category; the Progress column shows answered out of total</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="384"/>
        <source>Página atual</source>
        <translation>Current page</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="243"/>
        <source>◀ Anterior</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="245"/>
        <source>Categoria anterior</source>
        <translation>Previous category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="249"/>
        <source>Revisar e finalizar</source>
        <translation>Review and finalize</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="252"/>
        <source>Ir à revisão: pendências de cada tema e o botão de finalizar (Ctrl+R)</source>
        <translation>Go to the review: what is pending in each theme, and the finalize button (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="253"/>
        <source>Próximo ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="255"/>
        <source>Próxima categoria</source>
        <translation>Next category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="289"/>
        <source>revisão {n}</source>
        <translation>revision {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="291"/>
        <source>monitor(a): {name}</source>
        <translation>monitor: {name}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="295"/>
        <source>Tudo salvo</source>
        <translation>All saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="343"/>
        <source>{answered} de {total} respondidos</source>
        <translation>{answered} of {total} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="347"/>
        <source>, {invalid} inválidos</source>
        <translation>, {invalid} invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="558"/>
        <source>Revisão</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="561"/>
        <source>Categoria {n} de {total}</source>
        <translation>Category {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="567"/>
        <source>Fora do escopo</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="568"/>
        <source>Este aspecto pertence a um tema que não está no escopo desta avaliação.</source>
        <translation>This aspect belongs to a theme that is not in the scope of this assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="595"/>
        <source>Nenhum aspecto encontrado</source>
        <translation>No aspect found</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="671"/>
        <source>Salvo às {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="678"/>
        <source>Não salvo</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="681"/>
        <source>Não salvo: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="685"/>
        <source>Não foi possível salvar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="708"/>
        <source>{name}: arquivo não encontrado (foi movido ou apagado?)</source>
        <translation>{name}: file not found (was it moved or deleted?)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="712"/>
        <source>{name}: sem permissão para ler o arquivo</source>
        <translation>{name}: no permission to read the file</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="715"/>
        <source>{name}: não foi possível ler o arquivo ({reason})</source>
        <translation>{name}: the file could not be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="718"/>
        <source>{name}: arquivo maior que 20 MB</source>
        <translation>{name}: file larger than 20 MB</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="722"/>
        <source>{name}: o conteúdo não é uma imagem PNG ou JPEG nem um PDF</source>
        <translation>{name}: the content is not a PNG or JPEG image nor a PDF</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="726"/>
        <source>{name}: não foi possível gravar o anexo. {reason}</source>
        <translation>{name}: the attachment could not be saved. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="741"/>
        <source>Histórico indisponível</source>
        <translation>History unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="752"/>
        <source>Não foi possível restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="771"/>
        <source>Há alterações não salvas</source>
        <translation>There are unsaved changes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="772"/>
        <source>Algumas respostas ainda não foram gravadas. Resolva o problema de gravação antes de finalizar.</source>
        <translation>Some answers have not been written yet. Solve the saving problem before finalizing.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="779"/>
        <source>Finalizar a avaliação? Ela ficará somente leitura; alterações depois só em uma nova revisão.</source>
        <translation>Finalize the assessment? It will become read-only; later changes only in a new revision.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="782"/>
        <source>{n} aspecto(s) ainda sem resposta válida.</source>
        <translation>{n} aspect(s) still without a valid answer.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="784"/>
        <source>Finalizar avaliação</source>
        <translation>Finalize assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="792"/>
        <source>Não foi possível finalizar</source>
        <translation>Could not finalize</translation>
    </message>
</context>
<context>
    <name>AttachmentInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="561"/>
        <source>Anexar arquivos</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="562"/>
        <source>Imagens e PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="585"/>
        <source>Anexos — {title}</source>
        <translation>Attachments — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="588"/>
        <source>Nenhum arquivo anexado</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="590"/>
        <source>Anexos — {title}: nenhum arquivo anexado</source>
        <translation>Attachments — {title}: no file attached</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="596"/>
        <source>Anexar arquivo…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="597"/>
        <source>Anexar arquivo — {title}</source>
        <translation>Attach file — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="598"/>
        <source>Imagens (PNG, JPEG) ou PDF, até 20 MB</source>
        <translation>Images (PNG, JPEG) or PDF, up to 20 MB</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="599"/>
        <source>Remover anexo</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="601"/>
        <source>Remover anexo selecionado — {title}</source>
        <translation>Remove selected attachment — {title}</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="347"/>
        <source>A&amp;ção:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="349"/>
        <source>Ação registrada</source>
        <translation>Recorded action</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="350"/>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="354"/>
        <source>Atuali&amp;zar</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="362"/>
        <source>Registro de auditoria</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="363"/>
        <source>Quando, quem, ação e detalhes de cada importação, rejeição e decisão sobre assinantes; somente leitura</source>
        <translation>When, who, action and details of every import, rejection and decision on signers; read-only</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="394"/>
        <source>Mostrando as {n} entradas mais recentes.</source>
        <translation>Showing the {n} most recent entries.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="397"/>
        <source>{n} entrada(s).</source>
        <translation>{n} entry(ies).</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="185"/>
        <source>Categoria {category}, tema {theme}</source>
        <translation>Category {category}, theme {theme}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="192"/>
        <source>Todos os aspectos desta categoria já foram respondidos.</source>
        <translation>All aspects in this category have been answered.</translation>
    </message>
</context>
<context>
    <name>CentralDbDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="59"/>
        <source>Banco central</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="62"/>
        <source>Em uso: {url}
Origem: {source}</source>
        <translation>In use: {url}
Chosen by: {source}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="71"/>
        <source>Endereço do banco central</source>
        <translation>Central database address</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="73"/>
        <source>URL do PostgreSQL sem senha (a senha vai no arquivo ~/.pgpass) ou o caminho de um arquivo SQLite</source>
        <translation>PostgreSQL URL without the password (the password goes in ~/.pgpass) or the path of a SQLite file</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="79"/>
        <source>&amp;Arquivo SQLite…</source>
        <translation>SQLite &amp;file…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="82"/>
        <source>&amp;Endereço:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="87"/>
        <source>PostgreSQL: postgresql://usuário@servidor:5432/banco, com a senha no arquivo ~/.pgpass (nunca guardada aqui). Vazio: o arquivo padrão na pasta de dados.</source>
        <translation>PostgreSQL: postgresql://user@server:5432/database, with the password in ~/.pgpass (never stored here). Empty: the default file in the data folder.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="93"/>
        <source>A variável {name} está definida: nas próximas aberturas ela vale mais que a escolha feita aqui.</source>
        <translation>The variable {name} is set: on the next starts it wins over the choice made here.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="104"/>
        <source>&amp;Usar este banco</source>
        <translation>&amp;Use this database</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="122"/>
        <source>Arquivo SQLite do banco central</source>
        <translation>SQLite file of the central database</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="123"/>
        <source>Banco SQLite (*.db *.sqlite)</source>
        <translation>SQLite database (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_db_dialog.py" line="180"/>
        <source>Conectando ao banco…</source>
        <translation>Connecting to the database…</translation>
    </message>
</context>
<context>
    <name>CentralModels</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="97"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="613"/>
        <source>Autoavaliação</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="99"/>
        <source>Visita de monitoramento</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="105"/>
        <source>respondido</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="107"/>
        <source>inválido</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="108"/>
        <source>não respondido</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="113"/>
        <source>novo (aguarda aprovação)</source>
        <translation>new (awaiting approval)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="116"/>
        <source>aprovado (pela AC)</source>
        <translation>approved (by the CA)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="117"/>
        <source>aprovado</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="119"/>
        <source>revogado</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="125"/>
        <source>importado</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="126"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="138"/>
        <source>já importado</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="127"/>
        <source>nova revisão</source>
        <translation>new revision</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="128"/>
        <source>pendente: assinante novo</source>
        <translation>pending: new signer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="129"/>
        <source>rejeitado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="136"/>
        <source>importação</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="137"/>
        <source>rejeição</source>
        <translation>rejection</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="139"/>
        <source>aprovação de assinante</source>
        <translation>signer approval</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="140"/>
        <source>revogação de assinante</source>
        <translation>signer revocation</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="141"/>
        <source>assinante diferente para o núcleo</source>
        <translation>different signer for the centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="256"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="664"/>
        <source>Arquivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="257"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="327"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="395"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="666"/>
        <source>Núcleo</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="258"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="669"/>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="259"/>
        <source>Detalhe</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="270"/>
        <source>rejeitado: {reason}</source>
        <translation>rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="276"/>
        <source>copiado para a quarentena: {name}</source>
        <translation>copied to quarantine: {name}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="278"/>
        <source>não foi copiado para a quarentena</source>
        <translation>not copied to quarantine</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="280"/>
        <source>aguarda aprovação da impressão digital {fp}</source>
        <translation>awaiting approval of fingerprint {fp}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="283"/>
        <source>revisão {n} substitui a anterior (mantida no histórico)</source>
        <translation>revision {n} replaces the previous one (kept in history)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="298"/>
        <source>Quarentena: {path}</source>
        <translation>Quarantine: {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="328"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="396"/>
        <source>UF</source>
        <translation>State (UF)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="329"/>
        <source>Titular do certificado</source>
        <translation>Certificate holder</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="330"/>
        <source>Impressão digital (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="331"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="332"/>
        <source>Visto pela primeira vez</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="333"/>
        <source>Pacotes</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="351"/>
        <source>ATENÇÃO: o núcleo tem outro certificado ativo</source>
        <translation>WARNING: the centre has another active certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="360"/>
        <source>{n} ({pending} pendente(s))</source>
        <translation>{n} ({pending} pending)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="368"/>
        <source>Aprovado por {who} em {when}</source>
        <translation>Approved by {who} on {when}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="397"/>
        <source>Município</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="398"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="399"/>
        <source>Período</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="400"/>
        <source>Geral</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="436"/>
        <source>(revisão {n})</source>
        <translation>(revision {n})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="437"/>
        <source>{start} a {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="443"/>
        <source>Catálogo {version}</source>
        <translation>Catalogue {version}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="446"/>
        <source>Monitor: {name}</source>
        <translation>Monitor: {name}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="447"/>
        <source>Duplo clique ou Enter: ver as respostas</source>
        <translation>Double-click or Enter: see the answers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="460"/>
        <source>Todos os temas da avaliação</source>
        <translation>All themes of the assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="462"/>
        <source>Tema não incluído nesta avaliação</source>
        <translation>Theme not included in this assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="463"/>
        <source>Respondidos: {answered} de {total} ({percent})</source>
        <translation>Answered: {answered} of {total} ({percent})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="467"/>
        <source>Respostas inválidas: {n}</source>
        <translation>Invalid answers: {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="469"/>
        <source>Respostas de escala: {shares}</source>
        <translation>Scale answers: {shares}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="490"/>
        <source>razão</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="492"/>
        <source>média por núcleo</source>
        <translation>mean per núcleo</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="500"/>
        <source>Σ numeradores × multiplicador ÷ Σ denominadores</source>
        <translation>Σ numerators × multiplier ÷ Σ denominators</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="570"/>
        <source>Soma dos valores: {total}</source>
        <translation>Sum of the values: {total}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="494"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="505"/>
        <source>média dos percentuais</source>
        <translation>mean of the percentages</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="502"/>
        <source>Indicador sem denominador: valor = média por núcleo (Σ valores ÷ núcleos informando)</source>
        <translation>Indicator without denominator: value = mean per núcleo (Σ values ÷ núcleos reporting)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="512"/>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="575"/>
        <source>não informada</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="514"/>
        <source>{unit} · unidades diferentes ({n})</source>
        <translation>{unit} · different units ({n})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="523"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="524"/>
        <source>Abrangência</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="525"/>
        <source>Núcleos informando</source>
        <translation>Centres reporting</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="527"/>
        <source>Σ numeradores</source>
        <translation>Σ numerators</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="528"/>
        <source>Σ denominadores</source>
        <translation>Σ denominators</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="529"/>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="526"/>
        <source>Unidade</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="530"/>
        <source>Cálculo</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="555"/>
        <source>Brasil</source>
        <translation>Brazil</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="573"/>
        <source>Multiplicador: {m}</source>
        <translation>Multiplier: {m}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="574"/>
        <source>Unidade: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="577"/>
        <source>Os núcleos desta abrangência informaram este indicador em {n} unidades diferentes: cada unidade tem a sua linha e os valores não são somados entre elas.</source>
        <translation>The núcleos in this scope reported this indicator in {n} different units: each unit has its own row and values are not added across units.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="611"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="612"/>
        <source>Aspecto</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="614"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="615"/>
        <source>Comparação</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="622"/>
        <source>igual</source>
        <translation>same</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="623"/>
        <source>≠ diferente</source>
        <translation>≠ different</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="628"/>
        <source>Autoavaliação: {value}</source>
        <translation>Self-assessment: {value}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="629"/>
        <source>Visita: {value}</source>
        <translation>Visit: {value}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="631"/>
        <source>Comentário do núcleo: {text}</source>
        <translation>Centre&apos;s comment: {text}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="634"/>
        <source>Comentário do monitor: {text}</source>
        <translation>Monitor&apos;s comment: {text}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="665"/>
        <source>Nome do núcleo</source>
        <translation>Núcleo name</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="667"/>
        <source>Avaliação</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="668"/>
        <source>Revisão</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="670"/>
        <source>Situação do pacote</source>
        <translation>Bundle status</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="671"/>
        <source>Avaliações substituídas</source>
        <translation>Superseded assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="672"/>
        <source>Aprovação automática</source>
        <translation>Automatic approval</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="673"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="674"/>
        <source>Etapa da verificação</source>
        <translation>Check stage</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="675"/>
        <source>Quarentena</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="676"/>
        <source>Falha ao copiar para a quarentena</source>
        <translation>Copy to quarantine failed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="677"/>
        <source>SHA-256 do arquivo</source>
        <translation>File SHA-256</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="678"/>
        <source>Identificador da exportação</source>
        <translation>Export id</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="679"/>
        <source>Impressão digital do assinante</source>
        <translation>Signer fingerprint</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="680"/>
        <source>Impressão digital</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="681"/>
        <source>Titular</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="682"/>
        <source>Situação anterior</source>
        <translation>Previous status</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="683"/>
        <source>Pacotes liberados</source>
        <translation>Bundles released</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="684"/>
        <source>Pacotes suspensos</source>
        <translation>Bundles suspended</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="685"/>
        <source>Outros assinantes do núcleo</source>
        <translation>Other signers of the núcleo</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="686"/>
        <source>Aprovado pela AC</source>
        <translation>Approved by the CA</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="687"/>
        <source>Registrado para</source>
        <translation>Registered for</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="701"/>
        <source>sim</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="701"/>
        <source>não</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="709"/>
        <source>pela AC</source>
        <translation>by the CA</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="745"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="746"/>
        <source>Quem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="747"/>
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_models.py" line="748"/>
        <source>Detalhes</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="55"/>
        <source>Aspectos — painel central</source>
        <translation>Aspectos — central panel</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="60"/>
        <source>Seções do painel central</source>
        <translation>Sections of the central panel</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="73"/>
        <source>&amp;Importação</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="74"/>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="134"/>
        <source>A&amp;ssinantes</source>
        <translation>&amp;Signers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="75"/>
        <source>C&amp;onsolidação</source>
        <translation>C&amp;onsolidation</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="76"/>
        <source>Au&amp;ditoria</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="79"/>
        <source>Banco central: {url} · usuário: {actor}</source>
        <translation>Central database: {url} · user: {actor}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="83"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="84"/>
        <source>Importar &amp;pasta…</source>
        <translation>Import fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="87"/>
        <source>Importar a&amp;rquivos…</source>
        <translation>Import fi&amp;les…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="90"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="93"/>
        <source>&amp;Banco central…</source>
        <translation>Central data&amp;base…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="96"/>
        <source>&amp;Fechar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="136"/>
        <source>A&amp;ssinantes ({n} aguardando aprovação)</source>
        <translation>&amp;Signers ({n} awaiting approval)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="175"/>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="206"/>
        <source>Importação em andamento</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="176"/>
        <source>Espere a importação terminar (ou interrompa-a) para trocar de banco.</source>
        <translation>Wait for the import to end (or stop it) before changing the database.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="207"/>
        <source>Uma importação está em andamento. Interromper depois do pacote atual e fechar?</source>
        <translation>An import is in progress. Stop after the current bundle and close?</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_window.py" line="240"/>
        <source>Banco central indisponível</source>
        <translation>Central database unavailable</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="610"/>
        <source>Visões da consolidação</source>
        <translation>Consolidation views</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="611"/>
        <source>Matri&amp;z</source>
        <translation>Matri&amp;x</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="612"/>
        <source>&amp;Gráfico</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="613"/>
        <source>Autoavaliação × &amp;visita</source>
        <translation>Self-assessment × &amp;visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="614"/>
        <source>I&amp;ndicadores</source>
        <translation>I&amp;ndicators</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="635"/>
        <source>Filtro: UF</source>
        <translation>Filter: state (UF)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="636"/>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="659"/>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="934"/>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="640"/>
        <source>Filtro: município</source>
        <translation>Filter: municipality</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="642"/>
        <source>Digite parte do nome e escolha na lista; em branco, todos os municípios</source>
        <translation>Type part of the name and pick from the list; blank for all municipalities</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="643"/>
        <source>Todos — digite para buscar</source>
        <translation>All — type to search</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="651"/>
        <source>Filtro: tipo de avaliação</source>
        <translation>Filter: assessment type</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="652"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="655"/>
        <source>Filtro: período a partir de</source>
        <translation>Filter: period from</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="656"/>
        <source>Filtro: período até</source>
        <translation>Filter: period to</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="658"/>
        <source>Filtro: versão do catálogo</source>
        <translation>Filter: catalogue version</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="660"/>
        <source>&amp;Limpar filtros</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="662"/>
        <source>&amp;UF:</source>
        <translation>St&amp;ate (UF):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="662"/>
        <source>&amp;Município:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="663"/>
        <source>Ti&amp;po:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="664"/>
        <source>Pe&amp;ríodo de:</source>
        <translation>Period f&amp;rom:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="664"/>
        <source>a&amp;té:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="665"/>
        <source>&amp;Catálogo:</source>
        <translation>&amp;Catalogue:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="689"/>
        <source>Uma data, ou “sem limite” (tecla Delete)</source>
        <translation>A date, or “no limit” (Delete key)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="693"/>
        <source>sem limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="702"/>
        <source>Matriz de núcleos por tema</source>
        <translation>Matrix of centres by theme</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="703"/>
        <source>Uma linha por avaliação atual de cada núcleo; por tema, o percentual de aspectos respondidos (a dica mostra a distribuição das respostas). Enter ou duplo clique abre as respostas do núcleo</source>
        <translation>One row per current assessment of each centre; per theme, the percentage of aspects answered (the tooltip shows how the answers are distributed). Enter or double-click opens the centre&apos;s answers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="720"/>
        <source>Ver r&amp;espostas do núcleo…</source>
        <translation>Vie&amp;w the centre&apos;s answers…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="722"/>
        <source>Abrir as respostas da avaliação escolhida na matriz, agrupadas por tema</source>
        <translation>Open the answers of the assessment chosen in the matrix, grouped by theme</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="723"/>
        <source>Comparar autoavaliação com a visita</source>
        <translation>Com&amp;pare self-assessment with the visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="747"/>
        <source>Núcl&amp;eo:</source>
        <translation>&amp;Which centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="751"/>
        <source>Só as di&amp;ferenças</source>
        <translation>Only &amp;differences</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="781"/>
        <source>Cada núcleo conta uma vez por indicador, com a sua resposta mais recente, por UF e para o Brasil. Razão: soma dos numeradores × multiplicador ÷ soma dos denominadores; indicador sem denominador: média por núcleo (a soma fica em Σ numeradores). Valores em unidades diferentes não são somados: cada unidade informada tem a sua linha.</source>
        <translation>Each núcleo counts once per indicator, with its latest answer, by state and for Brazil. Ratio: sum of numerators × multiplier ÷ sum of denominators; indicator without denominator: mean per núcleo (the sum is under Σ numerators). Values in different units are not added: each reported unit has its own row.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="791"/>
        <source>Por indicador, abrangência e unidade: núcleos informando, somas dos numeradores e denominadores, valor e cálculo</source>
        <translation>By indicator, scope and unit: núcleos reporting, sums of numerators and denominators, value and method</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="826"/>
        <source>Exportar CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="830"/>
        <source>Exportar XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="725"/>
        <source>Mostrar lado a lado a autoavaliação e a visita de monitoramento do núcleo escolhido</source>
        <translation>Show the chosen centre&apos;s self-assessment and monitoring visit side by side</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="740"/>
        <source>Gráfico</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="749"/>
        <source>Núcleo a comparar</source>
        <translation>Centre to compare</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="762"/>
        <source>Autoavaliação e visita lado a lado</source>
        <translation>Self-assessment and visit side by side</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="763"/>
        <source>Por aspecto: a resposta da autoavaliação, a da visita de monitoramento e se são iguais; as diferenças aparecem destacadas e marcadas “diferente”</source>
        <translation>Per aspect: the self-assessment&apos;s answer, the monitoring visit&apos;s answer and whether they are the same; differences are highlighted and marked “different”</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="790"/>
        <source>Indicadores agregados por UF e Brasil</source>
        <translation>Indicators aggregated by state (UF) and Brazil</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="814"/>
        <source>E&amp;xportar:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="816"/>
        <source>O que exportar</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="819"/>
        <source>Matriz (como na tela)</source>
        <translation>Matrix (as on screen)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="820"/>
        <source>Respostas — formato longo (uma linha por núcleo × aspecto)</source>
        <translation>Answers — long format (one row per centre × aspect)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="821"/>
        <source>Respostas — formato amplo (uma coluna por aspecto)</source>
        <translation>Answers — wide format (one column per aspect)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="822"/>
        <source>Indicadores por UF e Brasil</source>
        <translation>Indicators by state (UF) and Brazil</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="823"/>
        <source>Comparação autoavaliação × visita (núcleo escolhido)</source>
        <translation>Self-assessment × visit comparison (chosen centre)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="828"/>
        <source>Gravar a visão escolhida, com os filtros atuais, num arquivo CSV (separado por ponto e vírgula)</source>
        <translation>Save the chosen view, with the current filters, to a CSV file (semicolon-separated)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="832"/>
        <source>Gravar a visão escolhida, com os filtros atuais, numa planilha XLSX</source>
        <translation>Save the chosen view, with the current filters, to an XLSX spreadsheet</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="919"/>
        <source>Nenhum município encontrado para “{text}”.</source>
        <translation>No municipality found for “{text}”.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="981"/>
        <source>Atualizando…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1012"/>
        <source>Nenhum pacote importado ainda. Use Arquivo › Importar pasta… (Ctrl+O) ou Importar arquivos…, ou arraste os arquivos .aspectos para esta janela.</source>
        <translation>No bundle imported yet. Use File › Import folder… (Ctrl+O) or Import files…, or drag .aspectos files onto this window.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1016"/>
        <source>Nenhuma avaliação conta na consolidação ainda: os pacotes importados aguardam a aprovação do assinante (aba Assinantes).</source>
        <translation>No assessment counts in the consolidation yet: the imported bundles await their signer&apos;s approval (Signers tab).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1019"/>
        <source>Nenhuma avaliação com os filtros escolhidos.</source>
        <translation>No assessment with the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1020"/>
        <source>Nenhuma avaliação atual.</source>
        <translation>No current assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1039"/>
        <source>{assessments} avaliação(ões) atual(is) de {nucleos} núcleo(s).</source>
        <translation>{assessments} current assessment(s) of {nucleos} núcleo(s).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1043"/>
        <source>{assessments} avaliação(ões) atual(is) de {nucleos} núcleo(s) com os filtros escolhidos.</source>
        <translation>{assessments} current assessment(s) of {nucleos} centre(s) with the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1069"/>
        <source>(sem par para comparar)</source>
        <translation>(nothing to compare with)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1088"/>
        <source>Respostas indisponíveis</source>
        <translation>Answers unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1132"/>
        <source>Autoavaliação: {title} ({start} a {end}, revisão {revision})</source>
        <translation>Self-assessment: {title} ({start} to {end}, revision {revision})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1136"/>
        <source>Este núcleo não tem autoavaliação importada.</source>
        <translation>This centre has no imported self-assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1139"/>
        <source>Visita: {title} ({monitor}, {day})</source>
        <translation>Visit: {title} ({monitor}, {day})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1143"/>
        <source>Este núcleo não tem visita de monitoramento importada.</source>
        <translation>This centre has no imported monitoring visit.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1145"/>
        <source>{differences} diferença(s) em {total} aspecto(s) dos temas comuns.</source>
        <translation>{differences} difference(s) in {total} aspect(s) of the themes in common.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1149"/>
        <source>A autoavaliação e a visita não têm temas em comum: nada a comparar.</source>
        <translation>The self-assessment and the visit have no theme in common: nothing to compare.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1191"/>
        <source>Escolha um núcleo na aba Autoavaliação × visita.</source>
        <translation>Choose a centre in the Self-assessment × visit tab.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1195"/>
        <source>Nada a comparar para {nucleo}: {reason} Nenhum arquivo foi gravado.</source>
        <translation>Nothing to compare for {nucleo}: {reason} No file was written.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1201"/>
        <source>Exportar CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1201"/>
        <source>Exportar XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1202"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1202"/>
        <source>Planilha XLSX (*.xlsx)</source>
        <translation>XLSX spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1227"/>
        <source>Exportando para {path}…</source>
        <translation>Exporting to {path}…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1239"/>
        <source>o núcleo não tem autoavaliação importada.</source>
        <translation>the núcleo has no imported self-assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1241"/>
        <source>o núcleo não tem visita de monitoramento importada.</source>
        <translation>the núcleo has no imported monitoring visit.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1242"/>
        <source>a autoavaliação e a visita não têm temas em comum.</source>
        <translation>the self-assessment and the visit have no themes in common.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1246"/>
        <source>{n} linha(s) gravada(s) em {path}</source>
        <translation>{n} row(s) written to {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1248"/>
        <source>(só o cabeçalho: nenhuma linha a exportar)</source>
        <translation>(header only: no rows to export)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="1253"/>
        <source>Exportação falhou: {message}</source>
        <translation>Export failed: {message}</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="47"/>
        <source>Criar certificado de assinatura</source>
        <translation>Create signing certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="50"/>
        <source>Para assinar as exportações, esta instalação vai criar um certificado em nome de “{nome}” ({municipio}/{uf}). Escolha uma senha para proteger a chave; ela será pedida a cada exportação.</source>
        <translation>To sign exports, this installation will create a certificate in the name of “{nome}” ({municipio}/{uf}). Choose a passphrase to protect the key; it will be asked for at every export.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="59"/>
        <source>Senha do certificado</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="62"/>
        <source>Confirmação da senha</source>
        <translation>Passphrase confirmation</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="63"/>
        <source>&amp;Senha:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="64"/>
        <source>&amp;Confirmação:</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="67"/>
        <source>Não usar senha (guardar a chave no chaveiro do sistema, se houver)</source>
        <translation>No passphrase (keep the key in the system keyring, if there is one)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="85"/>
        <source>A senha precisa de pelo menos {n} caracteres.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="89"/>
        <source>As senhas não conferem.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="80"/>
        <source>Exportar avaliação</source>
        <translation>Export assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="83"/>
        <source>Gera um pacote .aspectos (relatório PDF e dados assinados) para levar em pen drive, e-mail ou envio posterior.</source>
        <translation>Creates an .aspectos bundle (PDF report and signed data) to carry on a USB stick, send by e-mail or upload later.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="85"/>
        <source>A avaliação ainda não foi finalizada: só é possível exportar um rascunho em PDF, sem assinatura, marcado “RASCUNHO”.</source>
        <translation>The assessment is not finalized yet: only an unsigned draft PDF marked “RASCUNHO” (draft) can be exported.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="93"/>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="141"/>
        <source>Pasta de destino</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="94"/>
        <source>Escolher…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="95"/>
        <source>Escolher pasta de destino</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="100"/>
        <source>&amp;Pasta:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="103"/>
        <source>Rascunho (PDF sem assinatura, só para discussão)</source>
        <translation>Draft (unsigned PDF, for discussion only)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="109"/>
        <source>Assinado por: {subject}
Impressão digital SHA-256: {fp}</source>
        <translation>Signed by: {subject}
SHA-256 fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="116"/>
        <source>Progresso da exportação</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="127"/>
        <source>&amp;Exportar</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="128"/>
        <source>Abrir &amp;pasta</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="130"/>
        <source>&amp;Fechar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="149"/>
        <source>Escolha a pasta onde gravar (o pen drive, por exemplo).</source>
        <translation>Choose the folder to write to (the USB stick, for example).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="156"/>
        <source>Falta o certificado de assinatura.</source>
        <translation>The signing certificate is missing.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="198"/>
        <source>Rascunho gravado</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="198"/>
        <source>Pacote exportado</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="200"/>
        <source>SHA-256 do arquivo: {sha}</source>
        <translation>File SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="201"/>
        <source>Atenção: {w}</source>
        <translation>Warning: {w}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="34"/>
        <source>Histórico — {aspect}</source>
        <translation>History — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="39"/>
        <source>{n} versão(ões) gravada(s). Escolha uma e use “Restaurar” para voltar a ela; a versão atual continua no histórico.</source>
        <translation>{n} saved version(s). Pick one and use “Restore” to go back to it; the current version stays in the history.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="46"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="46"/>
        <source>Quem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="46"/>
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="46"/>
        <source>Resposta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="47"/>
        <source>Comentário</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="48"/>
        <source>Versões da resposta</source>
        <translation>Versions of the answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/history_dialog.py" line="70"/>
        <source>&amp;Restaurar esta versão</source>
        <translation>&amp;Restore this version</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="60"/>
        <source>&amp;Núcleo:</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="62"/>
        <source>Núcleo</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="65"/>
        <source>Núcleo cujas avaliações são listadas abaixo</source>
        <translation>Centre whose assessments are listed below</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="66"/>
        <source>Novo núcleo…</source>
        <translation>New centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="67"/>
        <source>Editar núcleo…</source>
        <translation>Edit centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="68"/>
        <source>Alterar o cadastro do núcleo escolhido</source>
        <translation>Change the details of the chosen centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="81"/>
        <source>Avaliações do núcleo</source>
        <translation>The centre&apos;s assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="83"/>
        <source>Setas para escolher uma avaliação; Enter abre a avaliação escolhida</source>
        <translation>Arrow keys choose an assessment; Enter opens the chosen assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="100"/>
        <source>Nova avaliação…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="101"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="102"/>
        <source>Duplicar como nova revisão</source>
        <translation>Duplicate as new revision</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="103"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="105"/>
        <source>Exportar a avaliação escolhida: pacote assinado, ou rascunho em PDF</source>
        <translation>Export the selected assessment: signed bundle, or draft PDF</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="106"/>
        <source>Excluir…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="108"/>
        <source>Abrir a avaliação escolhida na lista</source>
        <translation>Open the assessment chosen in the list</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="110"/>
        <source>Criar uma cópia editável da avaliação escolhida, com as mesmas respostas</source>
        <translation>Create an editable copy of the chosen assessment, with the same answers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="112"/>
        <source>Excluir a avaliação escolhida (pede confirmação)</source>
        <translation>Delete the chosen assessment (asks for confirmation)</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="125"/>
        <source>Certificado não criado</source>
        <translation>Certificate not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="128"/>
        <source>Certificado criado.

Impressão digital SHA-256 (leia-a para a equipe central por telefone, se pedirem):
{fp}</source>
        <translation>Certificate created.

SHA-256 fingerprint (read it to the central staff over the phone if they ask):
{fp}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="134"/>
        <source>Certificado de assinatura</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="144"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="148"/>
        <source>Certificado sem proteção</source>
        <translation>Unprotected certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="152"/>
        <source>Senha do certificado</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="153"/>
        <source>Senha do certificado de assinatura:</source>
        <translation>Signing certificate passphrase:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="203"/>
        <source>Arraste arquivos .aspectos ou pastas para esta janela para importá-los (as pastas são percorridas com as subpastas), ou use os botões abaixo.</source>
        <translation>Drag .aspectos files or folders onto this window to import them (folders are searched with their subfolders), or use the buttons below.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="213"/>
        <source>Importar &amp;pasta…</source>
        <translation>Import fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="215"/>
        <source>Escolher uma pasta: todos os pacotes .aspectos dentro dela são importados</source>
        <translation>Choose a folder: every .aspectos bundle in it is imported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="216"/>
        <source>Importar a&amp;rquivos…</source>
        <translation>Import fi&amp;les…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="218"/>
        <source>Escolher um ou mais arquivos .aspectos para importar</source>
        <translation>Choose one or more .aspectos files to import</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="219"/>
        <source>Interro&amp;mper</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="221"/>
        <source>Parar a importação depois do pacote em andamento</source>
        <translation>Stop the import after the bundle in progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="231"/>
        <source>Progresso da importação</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="235"/>
        <source>Nenhuma importação em andamento.</source>
        <translation>No import in progress.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="242"/>
        <source>Resultado da importação, um pacote por linha</source>
        <translation>Import results, one bundle per row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="244"/>
        <source>Arquivo, núcleo, resultado (importado, já importado, nova revisão, pendente ou rejeitado com o motivo) e detalhe</source>
        <translation>File, centre, result (imported, already imported, new revision, pending, or rejected with the reason) and detail</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="274"/>
        <source>Pacotes rejeitados vão para a quarentena: {path}</source>
        <translation>Rejected bundles go to quarantine: {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="277"/>
        <source>Abrir pasta da &amp;quarentena</source>
        <translation>Open &amp;quarantine folder</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="279"/>
        <source>Abrir no gerenciador de arquivos a pasta com os pacotes rejeitados e o motivo de cada um</source>
        <translation>Open the folder with the rejected bundles, and the reason for each, in the file manager</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="302"/>
        <source>Importar pasta de pacotes</source>
        <translation>Import a folder of bundles</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="309"/>
        <source>Importar pacotes</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="310"/>
        <source>Pacotes do Aspectos (*.aspectos);;Todos os arquivos (*)</source>
        <translation>Aspectos bundles (*.aspectos);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="322"/>
        <source>(mais {n} item(ns) na fila)</source>
        <translation>({n} more item(s) queued)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="333"/>
        <source>Procurando pacotes…</source>
        <translation>Looking for bundles…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="348"/>
        <source>Interrompendo depois do pacote em andamento…</source>
        <translation>Stopping after the bundle in progress…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="362"/>
        <source>{done} de {total} pacotes · {rate} pacotes/s · tempo restante: {left}</source>
        <translation>{done} of {total} bundles · {rate} bundles/s · time left: {left}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="376"/>
        <source>Importação interrompida depois de {n} pacote(s).</source>
        <translation>Import stopped after {n} bundle(s).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="378"/>
        <source>{n} pacote(s) em {seconds} s.</source>
        <translation>{n} bundle(s) in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="390"/>
        <source>{n} importado(s)</source>
        <translation>{n} imported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="391"/>
        <source>{n} nova(s) revisão(ões)</source>
        <translation>{n} new revision(s)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="392"/>
        <source>{n} já importado(s)</source>
        <translation>{n} already imported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="393"/>
        <source>{n} pendente(s) de aprovação do assinante</source>
        <translation>{n} pending signer approval</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="395"/>
        <source>{n} rejeitado(s)</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="399"/>
        <source>Nenhum pacote .aspectos encontrado.</source>
        <translation>No .aspectos bundle found.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="402"/>
        <source>{n} arquivo(s) ignorado(s) (não são .aspectos).</source>
        <translation>{n} file(s) skipped (not .aspectos).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="405"/>
        <source>Pacotes pendentes ficam fora da consolidação até a aprovação do assinante: veja a aba Assinantes.</source>
        <translation>Pending bundles stay out of the consolidation until their signer is approved: see the Signers tab.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="408"/>
        <source>ATENÇÃO: {n} pacote(s) assinado(s) por certificado diferente do já conhecido para o núcleo — confira antes de aprovar.</source>
        <translation>WARNING: {n} bundle(s) signed with a certificate other than the one known for the centre — check before approving.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="412"/>
        <source>Rejeitados copiados para a quarentena: {path} (o motivo de cada um está no arquivo .motivo.txt ao lado).</source>
        <translation>Rejected bundles copied to quarantine: {path} (the reason for each is in the .motivo.txt file beside it).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="422"/>
        <source>Importação concluída.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="423"/>
        <source>Importação interrompida.</source>
        <translation>Import stopped.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="435"/>
        <source>Confira a impressão digital com o núcleo e aprove a chave na aba Assinantes.</source>
        <translation>Check the fingerprint with the núcleo and approve the key on the Signers tab.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="453"/>
        <source>A importação parou: {message}</source>
        <translation>The import stopped: {message}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="455"/>
        <source>Falha na importação</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="474"/>
        <source>Quarentena</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="475"/>
        <source>Não foi possível criar a pasta {path}: {reason}</source>
        <translation>Could not create the folder {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="123"/>
        <source>Falha inesperada na importação: {error}</source>
        <translation>Unexpected import failure: {error}</translation>
    </message>
</context>
<context>
    <name>IndicatorInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="364"/>
        <source>Numerador:</source>
        <translation>Numerator:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="364"/>
        <source>Valor:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="365"/>
        <source>Denominador:</source>
        <translation>Denominator:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="366"/>
        <source>Unidade:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="367"/>
        <source>Período — início:</source>
        <translation>Period — start:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="368"/>
        <source>Período — fim:</source>
        <translation>Period — end:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="369"/>
        <source>Fonte dos dados:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="375"/>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="376"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="417"/>
        <source>Valor calculado:</source>
        <translation>Computed value:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="444"/>
        <source>Valor calculado: nenhum</source>
        <translation>Computed value: none</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="449"/>
        <source>Valor calculado: {value}</source>
        <translation>Computed value: {value}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="76"/>
        <source>Autoavaliação</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="77"/>
        <source>Visita de monitoramento</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="78"/>
        <source>Em andamento</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="79"/>
        <source>Finalizada</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="80"/>
        <source>Exportada</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="148"/>
        <source>Aspectos — autoavaliação de núcleos de telessaúde</source>
        <translation>Aspectos — self-assessment of telehealth centres</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="150"/>
        <source> [DEMONSTRAÇÃO]</source>
        <translation> [DEMO]</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="170"/>
        <source>Banco de dados: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="175"/>
        <source>Novo &amp;núcleo…</source>
        <translation>New &amp;centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="176"/>
        <source>Nova &amp;avaliação…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Exportar avaliação…</source>
        <translation>&amp;Export assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="178"/>
        <source>&amp;Questionário em branco (PDF)…</source>
        <translation>Blank &amp;questionnaire (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="179"/>
        <source>Abrir &amp;demonstração</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="180"/>
        <source>&amp;Configurações…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Sair</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Central</source>
        <translation>&amp;Central</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="194"/>
        <source>Abrir &amp;painel central…</source>
        <translation>Open central &amp;panel…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="197"/>
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Atalhos de teclado</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="202"/>
        <source>&amp;Sobre</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="278"/>
        <source>Nenhum núcleo cadastrado. Use “Novo núcleo…” ou Arquivo › Abrir demonstração.</source>
        <translation>No telehealth centre registered yet. Use “New centre…” or File › Open demo.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="298"/>
        <source>Cadastre um núcleo</source>
        <translation>Register a centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="299"/>
        <source>Cadastre um núcleo antes de criar uma avaliação.</source>
        <translation>Register a centre before creating an assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="309"/>
        <source>Avaliação não criada</source>
        <translation>Assessment not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="321"/>
        <source>Revisão não criada</source>
        <translation>Revision not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="331"/>
        <source>Excluir avaliação</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="332"/>
        <source>Excluir “{title}” (revisão {revision}) e todas as suas respostas? Esta ação não pode ser desfeita.</source>
        <translation>Delete “{title}” (revision {revision}) and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="342"/>
        <source>Não excluída</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="410"/>
        <source>Questionário em branco</source>
        <translation>Blank questionnaire</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="411"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="415"/>
        <source>Gerando o questionário em branco…</source>
        <translation>Generating the blank questionnaire…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="428"/>
        <source>Não foi possível gravar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="429"/>
        <source>Não foi possível gravar {path}: {reason}</source>
        <translation>Could not save {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="432"/>
        <source>Questionário gravado em {path}</source>
        <translation>Questionnaire saved to {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="474"/>
        <source>Sobre o Aspectos</source>
        <translation>About Aspectos</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="475"/>
        <source>&lt;b&gt;Aspectos Desktop {version}&lt;/b&gt;&lt;br&gt;Autoavaliação de núcleos de telessaúde contra o catálogo de {n} aspectos (versão {cat}).</source>
        <translation>&lt;b&gt;Aspectos Desktop {version}&lt;/b&gt;&lt;br&gt;Self-assessment of telehealth centres against the catalogue of {n} aspects (version {cat}).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="482"/>
        <source>Alterações não salvas</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="483"/>
        <source>Algumas respostas não puderam ser gravadas. Sair mesmo assim?</source>
        <translation>Some answers could not be written. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>NoDataChoice</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="297"/>
        <source>Informar dados</source>
        <translation>Enter data</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="300"/>
        <source>Situação da resposta — {title}</source>
        <translation>Answer status — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="302"/>
        <source>Escolha “Não se aplica” ou “Não sabe” quando não houver dados</source>
        <translation>Choose “Não se aplica” (not applicable) or “Não sabe” (unknown) when there are no data</translation>
    </message>
</context>
<context>
    <name>NucleoAnswersDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="422"/>
        <source>Respostas — {nucleo}</source>
        <translation>Answers — {nucleo}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="430"/>
        <source>&amp;Avaliação:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="432"/>
        <source>Avaliação do núcleo</source>
        <translation>Assessment of the centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="437"/>
        <source>{kind} · {start} a {end} · revisão {revision} · {answered} de {total} respondidos</source>
        <translation>{kind} · {start} to {end} · revision {revision} · {answered} of {total} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="451"/>
        <source>Respostas agrupadas por tema</source>
        <translation>Answers grouped by theme</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="453"/>
        <source>Cada tema com os seus aspectos: resposta, situação, comentário e evidência</source>
        <translation>Each theme with its aspects: answer, status, comment and evidence</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="454"/>
        <source>Aspecto</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="454"/>
        <source>Resposta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="454"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="455"/>
        <source>Comentário</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="455"/>
        <source>Evidência</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="477"/>
        <source>(sem título)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="479"/>
        <source>monitor(a) não informado(a)</source>
        <translation>monitor not given</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="481"/>
        <source>{name} ({institution})</source>
        <translation>{name} ({institution})</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="483"/>
        <source>Data da visita: {day} · monitor(a): {monitor}</source>
        <translation>Visit date: {day} · monitor: {monitor}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="485"/>
        <source>Período {start} a {end} · revisão {revision} · catálogo {version}</source>
        <translation>Period {start} to {end} · revision {revision} · catalogue {version}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="496"/>
        <source>Nenhuma avaliação atual deste núcleo.</source>
        <translation>No current assessment for this núcleo.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="507"/>
        <source>{theme} — {answered} de {total} respondidos</source>
        <translation>{theme} — {answered} of {total} answered</translation>
    </message>
</context>
<context>
    <name>NucleoDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="132"/>
        <source>Núcleo de telessaúde</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="139"/>
        <source>— escolha a UF —</source>
        <translation>— choose the state —</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="152"/>
        <source>&amp;Nome do núcleo:</source>
        <translation>&amp;Name of the centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="153"/>
        <source>&amp;Instituição:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="154"/>
        <source>&amp;UF:</source>
        <translation>&amp;State (UF):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="155"/>
        <source>&amp;Município (IBGE):</source>
        <translation>&amp;Municipality (IBGE):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="156"/>
        <source>&amp;CNES (opcional):</source>
        <translation>&amp;CNES (optional):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="157"/>
        <source>C&amp;ontato — nome:</source>
        <translation>C&amp;ontact — name:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="158"/>
        <source>Contato — &amp;e-mail:</source>
        <translation>Contact — &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="159"/>
        <source>Contato — &amp;telefone:</source>
        <translation>Contact — &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="164"/>
        <source>Escolher a UF preenche a lista de municípios</source>
        <translation>Choosing the state fills the list of municipalities</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="166"/>
        <source>Digite parte do nome, com ou sem acentos, para filtrar os municípios da UF</source>
        <translation>Type part of the name, with or without accents, to filter the state&apos;s municípios</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="293"/>
        <source>Informe o nome de cada respondente (ou remova a linha).</source>
        <translation>Enter the name of each respondent (or remove the row).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="167"/>
        <source>Código CNES do estabelecimento: 7 dígitos</source>
        <translation>The facility&apos;s CNES code: 7 digits</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="189"/>
        <source>Respondentes (quem responde pela avaliação)</source>
        <translation>Respondents (who answers the assessment)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="192"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="192"/>
        <source>Função</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="193"/>
        <source>Respondentes</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="195"/>
        <source>Uma linha por pessoa: nome e função. Use Adicionar e Remover.</source>
        <translation>One row per person: name and role. Use Add and Remove.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="209"/>
        <source>&amp;Adicionar respondente</source>
        <translation>&amp;Add respondent</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="210"/>
        <source>&amp;Remover selecionado</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="283"/>
        <source>Informe o nome do núcleo.</source>
        <translation>Enter the name of the centre.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="285"/>
        <source>Escolha a UF.</source>
        <translation>Choose the state (UF).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="288"/>
        <source>Escolha um município da lista do IBGE.</source>
        <translation>Choose a municipality from the IBGE list.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="291"/>
        <source>O CNES tem 7 dígitos.</source>
        <translation>The CNES has 7 digits.</translation>
    </message>
</context>
<context>
    <name>PercentInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="318"/>
        <source>Valor (0 a 100 %):</source>
        <translation>Value (0 to 100 %):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="321"/>
        <source>Percentual — {title}</source>
        <translation>Percentage — {title}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="33"/>
        <source>Revisão</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="37"/>
        <source>{answered} de {total} aspectos respondidos ({percent}%); {invalid} com resposta inválida.</source>
        <translation>{answered} of {total} aspects answered ({percent}%); {invalid} with an invalid answer.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="44"/>
        <source>Finalizar avaliação…</source>
        <translation>Finalize assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="46"/>
        <source>Bloqueia a avaliação para edição; alterações depois só em nova revisão.</source>
        <translation>Locks the assessment against editing; later changes only in a new revision.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="57"/>
        <source>{answered}/{total} respondidos</source>
        <translation>{answered}/{total} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="60"/>
        <source> · {invalid} inválido(s)</source>
        <translation> · {invalid} invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="66"/>
        <source>Tudo respondido neste tema.</source>
        <translation>Everything in this theme is answered.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="71"/>
        <source>⚠ inválido</source>
        <translation>⚠ invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="73"/>
        <source>○ não respondido</source>
        <translation>○ not answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="86"/>
        <source>Pendências do tema {theme}</source>
        <translation>Pending in theme {theme}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="88"/>
        <source>Links para os aspectos pendentes; Tab passa de um a outro, Enter abre</source>
        <translation>Links to the pending aspects; Tab moves from one to the next, Enter opens</translation>
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="200"/>
        <source>Tecla {n}</source>
        <translation>Key {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="209"/>
        <source>Limpar</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="210"/>
        <source>Limpar resposta — {title}</source>
        <translation>Clear answer — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="220"/>
        <source>Itens presentes (marque os que se aplicam):</source>
        <translation>Items present (tick those that apply):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="224"/>
        <source>Item {key}: {text}</source>
        <translation>Item {key}: {text}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="180"/>
        <source>Configurações</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="183"/>
        <source>Certificado de assinatura</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="191"/>
        <source>&amp;Importar certificado (PKCS#12, ICP-Brasil A1)…</source>
        <translation>&amp;Import certificate (PKCS#12, ICP-Brasil A1)…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="198"/>
        <source>Servidor de carimbo de tempo (RFC 3161)</source>
        <translation>Timestamp server (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="199"/>
        <source>Carimbo de &amp;tempo (TSA):</source>
        <translation>&amp;Timestamp (TSA):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="213"/>
        <source>Esta instalação ainda não tem certificado: ele é criado na primeira exportação, ou importe o seu.</source>
        <translation>This installation has no certificate yet: it is created at the first export, or import your own.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="222"/>
        <source>Certificado PKCS#12</source>
        <translation>PKCS#12 certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="223"/>
        <source>Certificados (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="226"/>
        <source>Senha do certificado</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="227"/>
        <source>Senha do arquivo PKCS#12:</source>
        <translation>PKCS#12 file passphrase:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="243"/>
        <source>O endereço do carimbo de tempo deve começar com http:// ou https://</source>
        <translation>The timestamp address must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="251"/>
        <source>Não foi possível gravar as configurações: {e}</source>
        <translation>Could not save the settings: {e}</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="99"/>
        <source>Nenhuma avaliação a mostrar.</source>
        <translation>No assessment to show.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="101"/>
        <source>Gráfico: distribuição das respostas por tema</source>
        <translation>Chart: distribution of the answers by theme</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="128"/>
        <source>{theme}: {n} avaliação(ões), {percent} dos aspectos respondidos</source>
        <translation>{theme}: {n} assessment(s), {percent} of the aspects answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="131"/>
        <source>nenhuma resposta de escala</source>
        <translation>no scale answers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="189"/>
        <source>Distribuição das respostas de escala por tema (% das respostas)</source>
        <translation>Distribution of the scale answers by theme (% of the answers)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="218"/>
        <source>{n} aval. · {percent} respondido</source>
        <translation>{n} assess. · {percent} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_chart.py" line="230"/>
        <source>sem respostas de escala</source>
        <translation>no scale answers</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="24"/>
        <source>Nova avaliação</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="25"/>
        <source>Exportar a avaliação</source>
        <translation>Export the assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="26"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="27"/>
        <source>Atalhos de teclado (esta lista)</source>
        <translation>Keyboard shortcuts (this list)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="28"/>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="29"/>
        <source>Próxima categoria</source>
        <translation>Next category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="30"/>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="31"/>
        <source>Categoria anterior</source>
        <translation>Previous category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="32"/>
        <source>Revisar e finalizar</source>
        <translation>Review and finalize</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="33"/>
        <source>Buscar aspecto</source>
        <translation>Search aspects</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="34"/>
        <source>Voltar à lista de avaliações</source>
        <translation>Back to the list of assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="39"/>
        <source>1, 2, 3…</source>
        <translation>1, 2, 3…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="40"/>
        <source>Escolher a opção da escala (com o foco na resposta)</source>
        <translation>Choose the scale option (with the focus on the answer)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="41"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="42"/>
        <source>Próximo / anterior controle</source>
        <translation>Next / previous control</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="43"/>
        <source>Setas</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="44"/>
        <source>Mudar a opção marcada; andar na árvore e nas tabelas</source>
        <translation>Change the chosen option; move in the tree and tables</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="45"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="46"/>
        <source>Abrir a avaliação, categoria ou resultado de busca</source>
        <translation>Open the assessment, category or search result</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="47"/>
        <source>Alt + letra sublinhada</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="48"/>
        <source>Ir ao campo ou menu com essa letra</source>
        <translation>Go to the field or menu with that letter</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="49"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="50"/>
        <source>Fechar a janela de diálogo</source>
        <translation>Close the dialog</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="71"/>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="79"/>
        <source>Atalhos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="73"/>
        <source>Todo o Aspectos pode ser usado só com o teclado:</source>
        <translation>All of Aspectos can be used with the keyboard alone:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="78"/>
        <source>Teclas</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="78"/>
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="81"/>
        <source>Duas colunas: as teclas e o que elas fazem; use as setas para ler</source>
        <translation>Two columns: the keys and what they do; use the arrow keys to read</translation>
    </message>
</context>
<context>
    <name>SignersPanel</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="174"/>
        <source>O primeiro certificado visto para um núcleo fica “novo” até ser aprovado: os pacotes assinados por ele ficam pendentes, fora da consolidação. Antes de aprovar, confirme a impressão digital com o núcleo (por telefone, lendo-a em voz alta).</source>
        <translation>The first certificate seen for a centre stays “new” until it is approved: the bundles it signed stay pending, out of the consolidation. Before approving, confirm the fingerprint with the centre (over the phone, reading it aloud).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="181"/>
        <source>Assinantes dos núcleos</source>
        <translation>Signers of the centres</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="182"/>
        <source>Núcleo, UF, titular, impressão digital, situação, primeira vez visto e pacotes; os pendentes aparecem primeiro</source>
        <translation>Centre, state (UF), holder, fingerprint, status, first seen and bundles; pending ones first</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="200"/>
        <source>A&amp;provar…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="202"/>
        <source>Aprovar o certificado escolhido depois de conferir a impressão digital com o núcleo; os pacotes pendentes dele passam a contar na consolidação</source>
        <translation>Approve the chosen certificate after checking its fingerprint with the centre; its pending bundles then count in the consolidation</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="204"/>
        <source>Re&amp;vogar…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="206"/>
        <source>Revogar o certificado escolhido: os pacotes dele saem da consolidação e novos pacotes assinados por ele serão rejeitados</source>
        <translation>Revoke the chosen certificate: its bundles leave the consolidation and new bundles signed with it will be rejected</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="208"/>
        <source>A&amp;tualizar</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="262"/>
        <source>Nenhum assinante registrado.</source>
        <translation>No signer recorded.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="266"/>
        <source>{nucleo} ({key}) — {subject}
Impressão digital SHA-256:
{fingerprint}</source>
        <translation>{nucleo} ({key}) — {subject}
SHA-256 fingerprint:
{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="275"/>
        <source>Aprovar o certificado de “{subject}” para o núcleo {nucleo}?

Antes, confirme com o núcleo (por telefone, lendo em voz alta) que a impressão digital SHA-256 do certificado dele é:

{fingerprint}

Os {pending} pacote(s) pendente(s) deste assinante passarão a contar na consolidação.</source>
        <translation>Approve the certificate of “{subject}” for the centre {nucleo}?

First confirm with the centre (over the phone, reading it aloud) that the SHA-256 fingerprint of its certificate is:

{fingerprint}

The {pending} pending bundle(s) of this signer will then count in the consolidation.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="283"/>
        <source>ATENÇÃO: este núcleo já tem outro certificado ativo.</source>
        <translation>WARNING: this centre already has another active certificate.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="285"/>
        <source>Aprovar assinante</source>
        <translation>Approve signer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="295"/>
        <source>Assinante não aprovado</source>
        <translation>Signer not approved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="298"/>
        <source>Assinante aprovado: {subject} ({nucleo}). {n} pacote(s) pendente(s) passaram a contar na consolidação.</source>
        <translation>Signer approved: {subject} ({nucleo}). {n} pending bundle(s) now count in the consolidation.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="309"/>
        <source>Revogar assinante</source>
        <translation>Revoke signer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="310"/>
        <source>Revogar o certificado de “{subject}” ({nucleo})?

{fingerprint}

Os pacotes dele saem da consolidação e novos pacotes assinados por ele serão rejeitados.</source>
        <translation>Revoke the certificate of “{subject}” ({nucleo})?

{fingerprint}

Its bundles leave the consolidation and new bundles signed with it will be rejected.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="323"/>
        <source>Assinante não revogado</source>
        <translation>Signer not revoked</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_views.py" line="326"/>
        <source>Assinante revogado: {subject} ({nucleo}). {n} pacote(s) saíram da consolidação.</source>
        <translation>Signer revoked: {subject} ({nucleo}). {n} bundle(s) left the consolidation.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location filename="../../aspectos_desktop/ui/store_lock.py" line="38"/>
        <source>no processo {pid}</source>
        <translation>in process {pid}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/store_lock.py" line="41"/>
        <source> do computador {host}</source>
        <translation> on computer {host}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/store_lock.py" line="44"/>
        <source>Dados já abertos</source>
        <translation>Data already open</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/store_lock.py" line="45"/>
        <source>Estes dados já estão abertos em outra janela do Aspectos {where}:
{path}

Use a janela que já está aberta. Abrir os mesmos dados duas vezes faria uma janela gravar por cima das respostas da outra.</source>
        <translation>These data are already open in another Aspectos window {where}:
{path}

Use the window that is already open. Opening the same data twice would let one window write over the other&apos;s answers.</translation>
    </message>
</context>
<context>
    <name>TableInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="460"/>
        <source>Tabela — {title}</source>
        <translation>Table — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="462"/>
        <source>Setas andam entre as células; F2 ou digitar edita; Tab sai da tabela</source>
        <translation>Arrow keys move between cells; F2 or typing edits; Tab leaves the table</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="478"/>
        <source>Adicionar linha</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="479"/>
        <source>Adicionar linha — {title}</source>
        <translation>Add row — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="480"/>
        <source>Remover linha</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="482"/>
        <source>Remover linha selecionada — {title}</source>
        <translation>Remove selected row — {title}</translation>
    </message>
</context>
<context>
    <name>TaskWorker</name>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="158"/>
        <source>Não foi possível gravar o arquivo: {reason}</source>
        <translation>Could not write the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/central_import.py" line="161"/>
        <source>Falha inesperada: {error}</source>
        <translation>Unexpected failure: {error}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_BR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="158"/>
        <source>Banco de dados danificado</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="163"/>
        <source>Nenhuma cópia de segurança foi encontrada. O arquivo foi mantido como está para análise.</source>
        <translation>No backup copy was found. The file was left as it is for analysis.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="168"/>
        <source>Restaurar a cópia de segurança mais recente ({backup})? O arquivo danificado será guardado ao lado, sem apagar nada.</source>
        <translation>Restore the most recent backup copy ({backup})? The damaged file will be kept next to it; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="178"/>
        <source>Falha ao restaurar</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="182"/>
        <source>Cópia restaurada</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="183"/>
        <source>Cópia restaurada. O arquivo danificado foi guardado em {path}.</source>
        <translation>Backup restored. The damaged file was kept at {path}.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="188"/>
        <source>Não foi possível abrir os dados</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="211"/>
        <source>Demonstração indisponível</source>
        <translation>Demo unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="262"/>
        <source>Catálogo indisponível</source>
        <translation>Catalogue unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="263"/>
        <source>Não foi possível carregar o catálogo: {error}</source>
        <translation>Could not load the catalogue: {error}</translation>
    </message>
</context>
<context>
    <name>AspectEditor</name>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="27"/>
        <source>○ não respondido</source>
        <translation>○ not answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="28"/>
        <source>● respondido</source>
        <translation>● answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="29"/>
        <source>⚠ resposta inválida</source>
        <translation>⚠ invalid answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="65"/>
        <source>(a fonte não traz enunciado para este aspecto)</source>
        <translation>(the source gives no statement for this aspect)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="70"/>
        <source>Fonte: {reference}</source>
        <translation>Source: {reference}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="79"/>
        <source>Comentário (opcional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="80"/>
        <source>Comentário — {aspect}</source>
        <translation>Comment — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="81"/>
        <source>Evidência: documento, ata, link… (opcional)</source>
        <translation>Evidence: document, minutes, link… (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="82"/>
        <source>Evidência — {aspect}</source>
        <translation>Evidence — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="84"/>
        <source>Onde comprovar a resposta: documento, ata, link (opcional)</source>
        <translation>Where the answer can be checked: document, minutes, link (optional)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="147"/>
        <source>Nova avaliação</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="151"/>
        <source>Título da avaliação</source>
        <translation>Assessment title</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="152"/>
        <source>&amp;Autoavaliação</source>
        <translation>&amp;Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="153"/>
        <source>&amp;Visita de monitoramento</source>
        <translation>Monitoring &amp;visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="163"/>
        <source>Início do período de referência</source>
        <translation>Start of the reference period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="164"/>
        <source>Fim do período de referência</source>
        <translation>End of the reference period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="165"/>
        <source>dd/mm/aaaa; as setas ↑ e ↓ mudam o dia, o mês ou o ano</source>
        <translation>dd/mm/yyyy; the ↑ and ↓ arrows change the day, month or year</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="169"/>
        <source>Opcional; sem título, a lista mostra o tipo da avaliação</source>
        <translation>Optional; without a title the list shows the assessment type</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="170"/>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="171"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="172"/>
        <source>Período — &amp;início:</source>
        <translation>Period — st&amp;art:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="173"/>
        <source>Período — &amp;fim:</source>
        <translation>Period — &amp;end:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="175"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="178"/>
        <source>Nome do monitor</source>
        <translation>Monitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="180"/>
        <source>Instituição do monitor</source>
        <translation>Monitor&apos;s institution</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="182"/>
        <source>Data da visita</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="184"/>
        <source>&amp;Monitor(a):</source>
        <translation>&amp;Monitor:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="185"/>
        <source>I&amp;nstituição:</source>
        <translation>I&amp;nstitution:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="186"/>
        <source>&amp;Data da visita:</source>
        <translation>Visit &amp;date:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="188"/>
        <source>Escopo: temas avaliados</source>
        <translation>Scope: themes assessed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="225"/>
        <source>O fim do período é anterior ao início.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="227"/>
        <source>Escolha pelo menos um tema.</source>
        <translation>Choose at least one theme.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="229"/>
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
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="121"/>
        <source>◀ Avaliações</source>
        <translation>◀ Assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="122"/>
        <source>Voltar à lista de avaliações</source>
        <translation>Back to the list of assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="130"/>
        <source>Tentar salvar de novo</source>
        <translation>Try saving again</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="132"/>
        <source>Gravar de novo as respostas que o disco recusou</source>
        <translation>Write again the answers the disk refused</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="141"/>
        <source>Avaliação finalizada: somente leitura. Para alterar, crie uma nova revisão na lista de avaliações.</source>
        <translation>Assessment finalized: read-only. To change it, create a new revision in the list of assessments.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="152"/>
        <source>Buscar aspecto (Ctrl+F)</source>
        <translation>Search aspects (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="153"/>
        <source>Buscar aspecto no catálogo</source>
        <translation>Search the catalogue for an aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="155"/>
        <source>Digite parte do texto do aspecto; acentos são ignorados. Enter abre o primeiro resultado</source>
        <translation>Type part of the aspect&apos;s text; accents are ignored. Enter opens the first result</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="161"/>
        <source>Resultados da busca</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="162"/>
        <source>Enter abre o aspecto escolhido</source>
        <translation>Enter opens the chosen aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="165"/>
        <source>Só não respondidas</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="167"/>
        <source>Mostra apenas categorias e aspectos ainda sem resposta válida</source>
        <translation>Shows only categories and aspects that still have no valid answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="170"/>
        <source>Tema / categoria</source>
        <translation>Theme / category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="170"/>
        <source>Progresso</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="171"/>
        <source>Temas e categorias</source>
        <translation>Themes and categories</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="173"/>
        <source>Enter abre a categoria; a coluna Progresso mostra respondidos de total</source>
        <translation>Enter opens the category; the Progress column shows answered out of total</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="188"/>
        <source>Página atual</source>
        <translation>Current page</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="192"/>
        <source>◀ Anterior</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="194"/>
        <source>Categoria anterior</source>
        <translation>Previous category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="198"/>
        <source>Revisar e finalizar</source>
        <translation>Review and finalize</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="201"/>
        <source>Ir à revisão: pendências de cada tema e o botão de finalizar (Ctrl+R)</source>
        <translation>Go to the review: what is pending in each theme, and the finalize button (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="202"/>
        <source>Próximo ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="204"/>
        <source>Próxima categoria</source>
        <translation>Next category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="237"/>
        <source>revisão {n}</source>
        <translation>revision {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="239"/>
        <source>monitor(a): {name}</source>
        <translation>monitor: {name}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="243"/>
        <source>Tudo salvo</source>
        <translation>All saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="282"/>
        <source>{answered} de {total} respondidos</source>
        <translation>{answered} of {total} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="286"/>
        <source>, {invalid} inválidos</source>
        <translation>, {invalid} invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="385"/>
        <source>Revisão</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="388"/>
        <source>Categoria {n} de {total}</source>
        <translation>Category {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="394"/>
        <source>Fora do escopo</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="395"/>
        <source>Este aspecto pertence a um tema que não está no escopo desta avaliação.</source>
        <translation>This aspect belongs to a theme that is not in the scope of this assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="420"/>
        <source>Nenhum aspecto encontrado</source>
        <translation>No aspect found</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="489"/>
        <source>Salvo às {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="495"/>
        <source>Não salvo</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="498"/>
        <source>Não salvo: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="502"/>
        <source>Não foi possível salvar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="518"/>
        <source>{name}: arquivo maior que 20 MB</source>
        <translation>{name}: file larger than 20 MB</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="528"/>
        <source>Há alterações não salvas</source>
        <translation>There are unsaved changes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="529"/>
        <source>Algumas respostas ainda não foram gravadas. Resolva o problema de gravação antes de finalizar.</source>
        <translation>Some answers have not been written yet. Solve the saving problem before finalizing.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="536"/>
        <source>Finalizar a avaliação? Ela ficará somente leitura; alterações depois só em uma nova revisão.</source>
        <translation>Finalize the assessment? It will become read-only; later changes only in a new revision.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="539"/>
        <source>{n} aspecto(s) ainda sem resposta válida.</source>
        <translation>{n} aspect(s) still without a valid answer.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="541"/>
        <source>Finalizar avaliação</source>
        <translation>Finalize assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="549"/>
        <source>Não foi possível finalizar</source>
        <translation>Could not finalize</translation>
    </message>
</context>
<context>
    <name>AttachmentInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="412"/>
        <source>Anexar arquivos</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="413"/>
        <source>Imagens e PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="427"/>
        <source>Anexos — {title}</source>
        <translation>Attachments — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="430"/>
        <source>Anexar arquivo…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="431"/>
        <source>Anexar arquivo — {title}</source>
        <translation>Attach file — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="432"/>
        <source>Imagens (PNG, JPEG) ou PDF, até 20 MB</source>
        <translation>Images (PNG, JPEG) or PDF, up to 20 MB</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="433"/>
        <source>Remover anexo</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="435"/>
        <source>Remover anexo selecionado — {title}</source>
        <translation>Remove selected attachment — {title}</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="137"/>
        <source>Categoria {category}, tema {theme}</source>
        <translation>Category {category}, theme {theme}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="146"/>
        <source>Todos os aspectos desta categoria já foram respondidos.</source>
        <translation>All aspects in this category have been answered.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="52"/>
        <source>&amp;Núcleo:</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="54"/>
        <source>Núcleo</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="57"/>
        <source>Núcleo cujas avaliações são listadas abaixo</source>
        <translation>Centre whose assessments are listed below</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="58"/>
        <source>Novo núcleo…</source>
        <translation>New centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="59"/>
        <source>Editar núcleo…</source>
        <translation>Edit centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="60"/>
        <source>Alterar o cadastro do núcleo escolhido</source>
        <translation>Change the details of the chosen centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="73"/>
        <source>Avaliações do núcleo</source>
        <translation>The centre&apos;s assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="75"/>
        <source>Setas para escolher uma avaliação; Enter abre a avaliação escolhida</source>
        <translation>Arrow keys choose an assessment; Enter opens the chosen assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="86"/>
        <source>Nova avaliação…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="87"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="88"/>
        <source>Duplicar como nova revisão</source>
        <translation>Duplicate as new revision</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="89"/>
        <source>Excluir…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="91"/>
        <source>Abrir a avaliação escolhida na lista</source>
        <translation>Open the assessment chosen in the list</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="93"/>
        <source>Criar uma cópia editável da avaliação escolhida, com as mesmas respostas</source>
        <translation>Create an editable copy of the chosen assessment, with the same answers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="95"/>
        <source>Excluir a avaliação escolhida (pede confirmação)</source>
        <translation>Delete the chosen assessment (asks for confirmation)</translation>
    </message>
</context>
<context>
    <name>IndicatorInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="253"/>
        <source>Numerador:</source>
        <translation>Numerator:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="253"/>
        <source>Valor:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="254"/>
        <source>Denominador:</source>
        <translation>Denominator:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="255"/>
        <source>Unidade:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="256"/>
        <source>Período — início:</source>
        <translation>Period — start:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="257"/>
        <source>Período — fim:</source>
        <translation>Period — end:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="258"/>
        <source>Fonte dos dados:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="264"/>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="265"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="295"/>
        <source>Valor calculado:</source>
        <translation>Computed value:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="322"/>
        <source>Valor calculado: nenhum</source>
        <translation>Computed value: none</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="327"/>
        <source>Valor calculado: {value}</source>
        <translation>Computed value: {value}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="67"/>
        <source>Autoavaliação</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="68"/>
        <source>Visita de monitoramento</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="69"/>
        <source>Em andamento</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="70"/>
        <source>Finalizada</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="71"/>
        <source>Exportada</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="125"/>
        <source>Aspectos — autoavaliação de núcleos de telessaúde</source>
        <translation>Aspectos — self-assessment of telehealth centres</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="127"/>
        <source> [DEMONSTRAÇÃO]</source>
        <translation> [DEMO]</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="144"/>
        <source>Banco de dados: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="149"/>
        <source>Novo &amp;núcleo…</source>
        <translation>New &amp;centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="150"/>
        <source>Nova &amp;avaliação…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="151"/>
        <source>Abrir &amp;demonstração</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Sair</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="164"/>
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Atalhos de teclado</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Sobre</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="200"/>
        <source>Núcleo não criado</source>
        <translation>Centre not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="216"/>
        <source>Núcleo não alterado</source>
        <translation>Centre not changed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="237"/>
        <source>Nenhum núcleo cadastrado. Use “Novo núcleo…” ou Arquivo › Abrir demonstração.</source>
        <translation>No telehealth centre registered yet. Use “New centre…” or File › Open demo.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="256"/>
        <source>Cadastre um núcleo</source>
        <translation>Register a centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="257"/>
        <source>Cadastre um núcleo antes de criar uma avaliação.</source>
        <translation>Register a centre before creating an assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="267"/>
        <source>Avaliação não criada</source>
        <translation>Assessment not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="279"/>
        <source>Revisão não criada</source>
        <translation>Revision not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="289"/>
        <source>Excluir avaliação</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="290"/>
        <source>Excluir “{title}” (revisão {revision}) e todas as suas respostas? Esta ação não pode ser desfeita.</source>
        <translation>Delete “{title}” (revision {revision}) and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="300"/>
        <source>Não excluída</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="343"/>
        <source>Sobre o Aspectos</source>
        <translation>About Aspectos</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="344"/>
        <source>&lt;b&gt;Aspectos Desktop {version}&lt;/b&gt;&lt;br&gt;Autoavaliação de núcleos de telessaúde contra o catálogo de {n} aspectos (versão {cat}).</source>
        <translation>&lt;b&gt;Aspectos Desktop {version}&lt;/b&gt;&lt;br&gt;Self-assessment of telehealth centres against the catalogue of {n} aspects (version {cat}).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="351"/>
        <source>Alterações não salvas</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="352"/>
        <source>Algumas respostas não puderam ser gravadas. Sair mesmo assim?</source>
        <translation>Some answers could not be written. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>NoDataChoice</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="196"/>
        <source>Informar dados</source>
        <translation>Enter data</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="199"/>
        <source>Situação da resposta — {title}</source>
        <translation>Answer status — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="201"/>
        <source>Escolha “Não se aplica” ou “Não sabe” quando não houver dados</source>
        <translation>Choose “Não se aplica” (not applicable) or “Não sabe” (unknown) when there are no data</translation>
    </message>
</context>
<context>
    <name>NucleoDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="46"/>
        <source>Núcleo de telessaúde</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="52"/>
        <source>— escolha a UF —</source>
        <translation>— choose the state —</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="65"/>
        <source>&amp;Nome do núcleo:</source>
        <translation>&amp;Name of the centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="66"/>
        <source>&amp;Instituição:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="67"/>
        <source>&amp;UF:</source>
        <translation>&amp;State (UF):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="68"/>
        <source>&amp;Município (IBGE):</source>
        <translation>&amp;Municipality (IBGE):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="69"/>
        <source>&amp;CNES (opcional):</source>
        <translation>&amp;CNES (optional):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="70"/>
        <source>C&amp;ontato — nome:</source>
        <translation>C&amp;ontact — name:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="71"/>
        <source>Contato — &amp;e-mail:</source>
        <translation>Contact — &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="72"/>
        <source>Contato — &amp;telefone:</source>
        <translation>Contact — &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="77"/>
        <source>Escolher a UF preenche a lista de municípios</source>
        <translation>Choosing the state fills the list of municipalities</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="79"/>
        <source>Digite parte do nome para filtrar os municípios da UF</source>
        <translation>Type part of the name to filter the state&apos;s municipalities</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="80"/>
        <source>Código CNES do estabelecimento: 7 dígitos</source>
        <translation>The facility&apos;s CNES code: 7 digits</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="124"/>
        <source>Informe o nome do núcleo.</source>
        <translation>Enter the name of the centre.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="126"/>
        <source>Escolha a UF.</source>
        <translation>Choose the state (UF).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="129"/>
        <source>Escolha um município da lista do IBGE.</source>
        <translation>Choose a municipality from the IBGE list.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="132"/>
        <source>O CNES tem 7 dígitos.</source>
        <translation>The CNES has 7 digits.</translation>
    </message>
</context>
<context>
    <name>PercentInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="217"/>
        <source>Valor (0 a 100 %):</source>
        <translation>Value (0 to 100 %):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="220"/>
        <source>Percentual — {title}</source>
        <translation>Percentage — {title}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="31"/>
        <source>Revisão</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="34"/>
        <source>{answered} de {total} aspectos respondidos ({percent}%); {invalid} com resposta inválida.</source>
        <translation>{answered} of {total} aspects answered ({percent}%); {invalid} with an invalid answer.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="41"/>
        <source>Finalizar avaliação…</source>
        <translation>Finalize assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="43"/>
        <source>Bloqueia a avaliação para edição; alterações depois só em nova revisão.</source>
        <translation>Locks the assessment against editing; later changes only in a new revision.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="54"/>
        <source>{answered}/{total} respondidos</source>
        <translation>{answered}/{total} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="57"/>
        <source> · {invalid} inválido(s)</source>
        <translation> · {invalid} invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="62"/>
        <source>Tudo respondido neste tema.</source>
        <translation>Everything in this theme is answered.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="65"/>
        <source>⚠ inválido</source>
        <translation>⚠ invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="65"/>
        <source>○ não respondido</source>
        <translation>○ not answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="76"/>
        <source>Pendências do tema {theme}</source>
        <translation>Pending in theme {theme}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/review_page.py" line="78"/>
        <source>Links para os aspectos pendentes; Tab passa de um a outro, Enter abre</source>
        <translation>Links to the pending aspects; Tab moves from one to the next, Enter opens</translation>
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="116"/>
        <source>Tecla {n}</source>
        <translation>Key {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="123"/>
        <source>Limpar</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="124"/>
        <source>Limpar resposta — {title}</source>
        <translation>Clear answer — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="134"/>
        <source>Itens presentes (marque os que se aplicam):</source>
        <translation>Items present (tick those that apply):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="138"/>
        <source>Item {key}: {text}</source>
        <translation>Item {key}: {text}</translation>
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
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="26"/>
        <source>Atalhos de teclado (esta lista)</source>
        <translation>Keyboard shortcuts (this list)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="27"/>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="28"/>
        <source>Próxima categoria</source>
        <translation>Next category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="29"/>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="30"/>
        <source>Categoria anterior</source>
        <translation>Previous category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="31"/>
        <source>Revisar e finalizar</source>
        <translation>Review and finalize</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="32"/>
        <source>Buscar aspecto</source>
        <translation>Search aspects</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="33"/>
        <source>Voltar à lista de avaliações</source>
        <translation>Back to the list of assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="38"/>
        <source>1, 2, 3…</source>
        <translation>1, 2, 3…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="39"/>
        <source>Escolher a opção da escala (com o foco na resposta)</source>
        <translation>Choose the scale option (with the focus on the answer)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="40"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="41"/>
        <source>Próximo / anterior controle</source>
        <translation>Next / previous control</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="42"/>
        <source>Setas</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="43"/>
        <source>Mudar a opção marcada; andar na árvore e nas tabelas</source>
        <translation>Change the chosen option; move in the tree and tables</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="44"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="45"/>
        <source>Abrir a avaliação, categoria ou resultado de busca</source>
        <translation>Open the assessment, category or search result</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="46"/>
        <source>Alt + letra sublinhada</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="47"/>
        <source>Ir ao campo ou menu com essa letra</source>
        <translation>Go to the field or menu with that letter</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="48"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="49"/>
        <source>Fechar a janela de diálogo</source>
        <translation>Close the dialog</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="70"/>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="78"/>
        <source>Atalhos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="72"/>
        <source>Todo o Aspectos pode ser usado só com o teclado:</source>
        <translation>All of Aspectos can be used with the keyboard alone:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="77"/>
        <source>Teclas</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="77"/>
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/shortcuts.py" line="80"/>
        <source>Duas colunas: as teclas e o que elas fazem; use as setas para ler</source>
        <translation>Two columns: the keys and what they do; use the arrow keys to read</translation>
    </message>
</context>
<context>
    <name>TableInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="338"/>
        <source>Tabela — {title}</source>
        <translation>Table — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="340"/>
        <source>Setas andam entre as células; F2 ou digitar edita; Tab sai da tabela</source>
        <translation>Arrow keys move between cells; F2 or typing edits; Tab leaves the table</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="353"/>
        <source>Adicionar linha</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="354"/>
        <source>Adicionar linha — {title}</source>
        <translation>Add row — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="355"/>
        <source>Remover linha</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="357"/>
        <source>Remover linha selecionada — {title}</source>
        <translation>Remove selected row — {title}</translation>
    </message>
</context>
</TS>

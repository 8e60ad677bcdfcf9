<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_BR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="196"/>
        <source>Banco de dados danificado</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="201"/>
        <source>Nenhuma cópia de segurança foi encontrada. O arquivo foi mantido como está para análise.</source>
        <translation>No backup copy was found. The file was left as it is for analysis.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="206"/>
        <source>Restaurar a cópia de segurança mais recente ({backup})? O arquivo danificado será guardado ao lado, sem apagar nada.</source>
        <translation>Restore the most recent backup copy ({backup})? The damaged file will be kept next to it; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="216"/>
        <source>Falha ao restaurar</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="220"/>
        <source>Cópia restaurada</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="221"/>
        <source>Cópia restaurada. O arquivo danificado foi guardado em {path}.</source>
        <translation>Backup restored. The damaged file was kept at {path}.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="226"/>
        <source>Não foi possível abrir os dados</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="249"/>
        <source>Demonstração indisponível</source>
        <translation>Demo unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="301"/>
        <source>Catálogo indisponível</source>
        <translation>Catalogue unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/app.py" line="302"/>
        <source>Não foi possível carregar o catálogo: {error}</source>
        <translation>Could not load the catalogue: {error}</translation>
    </message>
</context>
<context>
    <name>AspectEditor</name>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="28"/>
        <source>○ não respondido</source>
        <translation>○ not answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="29"/>
        <source>● respondido</source>
        <translation>● answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="30"/>
        <source>⚠ resposta inválida</source>
        <translation>⚠ invalid answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="67"/>
        <source>(a fonte não traz enunciado para este aspecto)</source>
        <translation>(the source gives no statement for this aspect)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="72"/>
        <source>Fonte: {reference}</source>
        <translation>Source: {reference}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="81"/>
        <source>Comentário (opcional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="82"/>
        <source>Comentário — {aspect}</source>
        <translation>Comment — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="83"/>
        <source>Evidência: documento, ata, link… (opcional)</source>
        <translation>Evidence: document, minutes, link… (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="84"/>
        <source>Evidência — {aspect}</source>
        <translation>Evidence — {aspect}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="86"/>
        <source>Onde comprovar a resposta: documento, ata, link (opcional)</source>
        <translation>Where the answer can be checked: document, minutes, link (optional)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="89"/>
        <source>Histórico…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="91"/>
        <source>Histórico de alterações — {aspect}</source>
        <translation>Change history — {aspect}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="183"/>
        <source>Nova avaliação</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="191"/>
        <source>Título da avaliação</source>
        <translation>Assessment title</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="192"/>
        <source>&amp;Autoavaliação</source>
        <translation>&amp;Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="193"/>
        <source>&amp;Visita de monitoramento</source>
        <translation>Monitoring &amp;visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="203"/>
        <source>Início do período de referência</source>
        <translation>Start of the reference period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="204"/>
        <source>Fim do período de referência</source>
        <translation>End of the reference period</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="205"/>
        <source>dd/mm/aaaa; as setas ↑ e ↓ mudam o dia, o mês ou o ano</source>
        <translation>dd/mm/yyyy; the ↑ and ↓ arrows change the day, month or year</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="209"/>
        <source>Opcional; sem título, a lista mostra o tipo da avaliação</source>
        <translation>Optional; without a title the list shows the assessment type</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="210"/>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="211"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="212"/>
        <source>Período — &amp;início:</source>
        <translation>Period — st&amp;art:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="213"/>
        <source>Período — &amp;fim:</source>
        <translation>Period — &amp;end:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="215"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="218"/>
        <source>Nome do monitor</source>
        <translation>Monitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="220"/>
        <source>Instituição do monitor</source>
        <translation>Monitor&apos;s institution</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="222"/>
        <source>Data da visita</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="224"/>
        <source>&amp;Monitor(a):</source>
        <translation>&amp;Monitor:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="225"/>
        <source>I&amp;nstituição:</source>
        <translation>I&amp;nstitution:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="226"/>
        <source>&amp;Data da visita:</source>
        <translation>Visit &amp;date:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="228"/>
        <source>Escopo: temas avaliados</source>
        <translation>Scope: themes assessed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="267"/>
        <source>O fim do período é anterior ao início.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="269"/>
        <source>Escolha pelo menos um tema.</source>
        <translation>Choose at least one theme.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="271"/>
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
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="123"/>
        <source>◀ Avaliações</source>
        <translation>◀ Assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="124"/>
        <source>Voltar à lista de avaliações</source>
        <translation>Back to the list of assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="132"/>
        <source>Tentar salvar de novo</source>
        <translation>Try saving again</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="134"/>
        <source>Gravar de novo as respostas que o disco recusou</source>
        <translation>Write again the answers the disk refused</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="141"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="147"/>
        <source>Avaliação finalizada: somente leitura. Para alterar, crie uma nova revisão na lista de avaliações.</source>
        <translation>Assessment finalized: read-only. To change it, create a new revision in the list of assessments.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="158"/>
        <source>Buscar aspecto (Ctrl+F)</source>
        <translation>Search aspects (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="159"/>
        <source>Buscar aspecto no catálogo</source>
        <translation>Search the catalogue for an aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="161"/>
        <source>Digite parte do texto do aspecto; acentos são ignorados. Enter abre o primeiro resultado</source>
        <translation>Type part of the aspect&apos;s text; accents are ignored. Enter opens the first result</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="167"/>
        <source>Resultados da busca</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="168"/>
        <source>Enter abre o aspecto escolhido</source>
        <translation>Enter opens the chosen aspect</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="171"/>
        <source>Só não respondidas</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="173"/>
        <source>Mostra apenas categorias e aspectos ainda sem resposta válida</source>
        <translation>Shows only categories and aspects that still have no valid answer</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="176"/>
        <source>Tema / categoria</source>
        <translation>Theme / category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="176"/>
        <source>Progresso</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="177"/>
        <source>Temas e categorias</source>
        <translation>Themes and categories</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="179"/>
        <source>Enter abre a categoria; a coluna Progresso mostra respondidos de total</source>
        <translation>Enter opens the category; the Progress column shows answered out of total</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="197"/>
        <source>Página atual</source>
        <translation>Current page</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="201"/>
        <source>◀ Anterior</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="203"/>
        <source>Categoria anterior</source>
        <translation>Previous category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="207"/>
        <source>Revisar e finalizar</source>
        <translation>Review and finalize</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="210"/>
        <source>Ir à revisão: pendências de cada tema e o botão de finalizar (Ctrl+R)</source>
        <translation>Go to the review: what is pending in each theme, and the finalize button (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="211"/>
        <source>Próximo ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="213"/>
        <source>Próxima categoria</source>
        <translation>Next category</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="247"/>
        <source>revisão {n}</source>
        <translation>revision {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="249"/>
        <source>monitor(a): {name}</source>
        <translation>monitor: {name}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="253"/>
        <source>Tudo salvo</source>
        <translation>All saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="301"/>
        <source>{answered} de {total} respondidos</source>
        <translation>{answered} of {total} answered</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="305"/>
        <source>, {invalid} inválidos</source>
        <translation>, {invalid} invalid</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="405"/>
        <source>Revisão</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="408"/>
        <source>Categoria {n} de {total}</source>
        <translation>Category {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="414"/>
        <source>Fora do escopo</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="415"/>
        <source>Este aspecto pertence a um tema que não está no escopo desta avaliação.</source>
        <translation>This aspect belongs to a theme that is not in the scope of this assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="440"/>
        <source>Nenhum aspecto encontrado</source>
        <translation>No aspect found</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="509"/>
        <source>Salvo às {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="516"/>
        <source>Não salvo</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="519"/>
        <source>Não salvo: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="523"/>
        <source>Não foi possível salvar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="539"/>
        <source>{name}: arquivo maior que 20 MB</source>
        <translation>{name}: file larger than 20 MB</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="555"/>
        <source>Histórico indisponível</source>
        <translation>History unavailable</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="566"/>
        <source>Não foi possível restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="585"/>
        <source>Há alterações não salvas</source>
        <translation>There are unsaved changes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="586"/>
        <source>Algumas respostas ainda não foram gravadas. Resolva o problema de gravação antes de finalizar.</source>
        <translation>Some answers have not been written yet. Solve the saving problem before finalizing.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="593"/>
        <source>Finalizar a avaliação? Ela ficará somente leitura; alterações depois só em uma nova revisão.</source>
        <translation>Finalize the assessment? It will become read-only; later changes only in a new revision.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="596"/>
        <source>{n} aspecto(s) ainda sem resposta válida.</source>
        <translation>{n} aspect(s) still without a valid answer.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="598"/>
        <source>Finalizar avaliação</source>
        <translation>Finalize assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="606"/>
        <source>Não foi possível finalizar</source>
        <translation>Could not finalize</translation>
    </message>
</context>
<context>
    <name>AttachmentInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="444"/>
        <source>Anexar arquivos</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="445"/>
        <source>Imagens e PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="459"/>
        <source>Anexos — {title}</source>
        <translation>Attachments — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="462"/>
        <source>Anexar arquivo…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="463"/>
        <source>Anexar arquivo — {title}</source>
        <translation>Attach file — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="464"/>
        <source>Imagens (PNG, JPEG) ou PDF, até 20 MB</source>
        <translation>Images (PNG, JPEG) or PDF, up to 20 MB</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="465"/>
        <source>Remover anexo</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="467"/>
        <source>Remover anexo selecionado — {title}</source>
        <translation>Remove selected attachment — {title}</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="144"/>
        <source>Categoria {category}, tema {theme}</source>
        <translation>Category {category}, theme {theme}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/category_page.py" line="153"/>
        <source>Todos os aspectos desta categoria já foram respondidos.</source>
        <translation>All aspects in this category have been answered.</translation>
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
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="137"/>
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
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="99"/>
        <source>&amp;Pasta:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="100"/>
        <source>Rascunho (PDF sem assinatura, só para discussão)</source>
        <translation>Draft (unsigned PDF, for discussion only)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="106"/>
        <source>Assinado por: {subject}
Impressão digital SHA-256: {fp}</source>
        <translation>Signed by: {subject}
SHA-256 fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="113"/>
        <source>Progresso da exportação</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="123"/>
        <source>&amp;Exportar</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="124"/>
        <source>Abrir &amp;pasta</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="126"/>
        <source>&amp;Fechar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="146"/>
        <source>Falta o certificado de assinatura.</source>
        <translation>The signing certificate is missing.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="186"/>
        <source>Rascunho gravado</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="186"/>
        <source>Pacote exportado</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="188"/>
        <source>SHA-256 do arquivo: {sha}</source>
        <translation>File SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/export_dialog.py" line="189"/>
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
        <location filename="../../aspectos_desktop/ui/main_window.py" line="53"/>
        <source>&amp;Núcleo:</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="55"/>
        <source>Núcleo</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="58"/>
        <source>Núcleo cujas avaliações são listadas abaixo</source>
        <translation>Centre whose assessments are listed below</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="59"/>
        <source>Novo núcleo…</source>
        <translation>New centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="60"/>
        <source>Editar núcleo…</source>
        <translation>Edit centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="61"/>
        <source>Alterar o cadastro do núcleo escolhido</source>
        <translation>Change the details of the chosen centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="74"/>
        <source>Avaliações do núcleo</source>
        <translation>The centre&apos;s assessments</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="76"/>
        <source>Setas para escolher uma avaliação; Enter abre a avaliação escolhida</source>
        <translation>Arrow keys choose an assessment; Enter opens the chosen assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="87"/>
        <source>Nova avaliação…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="88"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="89"/>
        <source>Duplicar como nova revisão</source>
        <translation>Duplicate as new revision</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="90"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="92"/>
        <source>Exportar a avaliação escolhida: pacote assinado, ou rascunho em PDF</source>
        <translation>Export the selected assessment: signed bundle, or draft PDF</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="93"/>
        <source>Excluir…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="95"/>
        <source>Abrir a avaliação escolhida na lista</source>
        <translation>Open the assessment chosen in the list</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="97"/>
        <source>Criar uma cópia editável da avaliação escolhida, com as mesmas respostas</source>
        <translation>Create an editable copy of the chosen assessment, with the same answers</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="99"/>
        <source>Excluir a avaliação escolhida (pede confirmação)</source>
        <translation>Delete the chosen assessment (asks for confirmation)</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="106"/>
        <source>Certificado não criado</source>
        <translation>Certificate not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="109"/>
        <source>Certificado criado.

Impressão digital SHA-256 (leia-a para a equipe central por telefone, se pedirem):
{fp}</source>
        <translation>Certificate created.

SHA-256 fingerprint (read it to the central staff over the phone if they ask):
{fp}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="115"/>
        <source>Certificado de assinatura</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="125"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="129"/>
        <source>Certificado sem proteção</source>
        <translation>Unprotected certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="133"/>
        <source>Senha do certificado</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="134"/>
        <source>Senha do certificado de assinatura:</source>
        <translation>Signing certificate passphrase:</translation>
    </message>
</context>
<context>
    <name>IndicatorInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="271"/>
        <source>Numerador:</source>
        <translation>Numerator:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="271"/>
        <source>Valor:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="272"/>
        <source>Denominador:</source>
        <translation>Denominator:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="273"/>
        <source>Unidade:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="274"/>
        <source>Período — início:</source>
        <translation>Period — start:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="275"/>
        <source>Período — fim:</source>
        <translation>Period — end:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="276"/>
        <source>Fonte dos dados:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="282"/>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="283"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="313"/>
        <source>Valor calculado:</source>
        <translation>Computed value:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="340"/>
        <source>Valor calculado: nenhum</source>
        <translation>Computed value: none</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="345"/>
        <source>Valor calculado: {value}</source>
        <translation>Computed value: {value}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="68"/>
        <source>Autoavaliação</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="69"/>
        <source>Visita de monitoramento</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="70"/>
        <source>Em andamento</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="71"/>
        <source>Finalizada</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/assessment_view.py" line="72"/>
        <source>Exportada</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="129"/>
        <source>Aspectos — autoavaliação de núcleos de telessaúde</source>
        <translation>Aspectos — self-assessment of telehealth centres</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="131"/>
        <source> [DEMONSTRAÇÃO]</source>
        <translation> [DEMO]</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="149"/>
        <source>Banco de dados: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="154"/>
        <source>Novo &amp;núcleo…</source>
        <translation>New &amp;centre…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="155"/>
        <source>Nova &amp;avaliação…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Exportar avaliação…</source>
        <translation>&amp;Export assessment…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Questionário em branco (PDF)…</source>
        <translation>Blank &amp;questionnaire (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="158"/>
        <source>Abrir &amp;demonstração</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Configurações…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Sair</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="172"/>
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Atalhos de teclado</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Sobre</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="208"/>
        <source>Núcleo não criado</source>
        <translation>Centre not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="224"/>
        <source>Núcleo não alterado</source>
        <translation>Centre not changed</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="245"/>
        <source>Nenhum núcleo cadastrado. Use “Novo núcleo…” ou Arquivo › Abrir demonstração.</source>
        <translation>No telehealth centre registered yet. Use “New centre…” or File › Open demo.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="265"/>
        <source>Cadastre um núcleo</source>
        <translation>Register a centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="266"/>
        <source>Cadastre um núcleo antes de criar uma avaliação.</source>
        <translation>Register a centre before creating an assessment.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="276"/>
        <source>Avaliação não criada</source>
        <translation>Assessment not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="288"/>
        <source>Revisão não criada</source>
        <translation>Revision not created</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="298"/>
        <source>Excluir avaliação</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="299"/>
        <source>Excluir “{title}” (revisão {revision}) e todas as suas respostas? Esta ação não pode ser desfeita.</source>
        <translation>Delete “{title}” (revision {revision}) and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="309"/>
        <source>Não excluída</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="377"/>
        <source>Questionário em branco</source>
        <translation>Blank questionnaire</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="378"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="384"/>
        <source>Não foi possível gravar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="385"/>
        <source>Não foi possível gravar {path}: {reason}</source>
        <translation>Could not save {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="388"/>
        <source>Questionário gravado em {path}</source>
        <translation>Questionnaire saved to {path}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="414"/>
        <source>Sobre o Aspectos</source>
        <translation>About Aspectos</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="415"/>
        <source>&lt;b&gt;Aspectos Desktop {version}&lt;/b&gt;&lt;br&gt;Autoavaliação de núcleos de telessaúde contra o catálogo de {n} aspectos (versão {cat}).</source>
        <translation>&lt;b&gt;Aspectos Desktop {version}&lt;/b&gt;&lt;br&gt;Self-assessment of telehealth centres against the catalogue of {n} aspects (version {cat}).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="422"/>
        <source>Alterações não salvas</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/main_window.py" line="423"/>
        <source>Algumas respostas não puderam ser gravadas. Sair mesmo assim?</source>
        <translation>Some answers could not be written. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>NoDataChoice</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="214"/>
        <source>Informar dados</source>
        <translation>Enter data</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="217"/>
        <source>Situação da resposta — {title}</source>
        <translation>Answer status — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="219"/>
        <source>Escolha “Não se aplica” ou “Não sabe” quando não houver dados</source>
        <translation>Choose “Não se aplica” (not applicable) or “Não sabe” (unknown) when there are no data</translation>
    </message>
</context>
<context>
    <name>NucleoDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="82"/>
        <source>Núcleo de telessaúde</source>
        <translation>Telehealth centre</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="88"/>
        <source>— escolha a UF —</source>
        <translation>— choose the state —</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="101"/>
        <source>&amp;Nome do núcleo:</source>
        <translation>&amp;Name of the centre:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="102"/>
        <source>&amp;Instituição:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="103"/>
        <source>&amp;UF:</source>
        <translation>&amp;State (UF):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="104"/>
        <source>&amp;Município (IBGE):</source>
        <translation>&amp;Municipality (IBGE):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="105"/>
        <source>&amp;CNES (opcional):</source>
        <translation>&amp;CNES (optional):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="106"/>
        <source>C&amp;ontato — nome:</source>
        <translation>C&amp;ontact — name:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="107"/>
        <source>Contato — &amp;e-mail:</source>
        <translation>Contact — &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="108"/>
        <source>Contato — &amp;telefone:</source>
        <translation>Contact — &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="113"/>
        <source>Escolher a UF preenche a lista de municípios</source>
        <translation>Choosing the state fills the list of municipalities</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="115"/>
        <source>Digite parte do nome para filtrar os municípios da UF</source>
        <translation>Type part of the name to filter the state&apos;s municipalities</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="116"/>
        <source>Código CNES do estabelecimento: 7 dígitos</source>
        <translation>The facility&apos;s CNES code: 7 digits</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="160"/>
        <source>Informe o nome do núcleo.</source>
        <translation>Enter the name of the centre.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="162"/>
        <source>Escolha a UF.</source>
        <translation>Choose the state (UF).</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="165"/>
        <source>Escolha um município da lista do IBGE.</source>
        <translation>Choose a municipality from the IBGE list.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/dialogs.py" line="168"/>
        <source>O CNES tem 7 dígitos.</source>
        <translation>The CNES has 7 digits.</translation>
    </message>
</context>
<context>
    <name>PercentInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="235"/>
        <source>Valor (0 a 100 %):</source>
        <translation>Value (0 to 100 %):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="238"/>
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
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="118"/>
        <source>Tecla {n}</source>
        <translation>Key {n}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="126"/>
        <source>Limpar</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="127"/>
        <source>Limpar resposta — {title}</source>
        <translation>Clear answer — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="137"/>
        <source>Itens presentes (marque os que se aplicam):</source>
        <translation>Items present (tick those that apply):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="141"/>
        <source>Item {key}: {text}</source>
        <translation>Item {key}: {text}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="161"/>
        <source>Configurações</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="164"/>
        <source>Certificado de assinatura</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="172"/>
        <source>&amp;Importar certificado (PKCS#12, ICP-Brasil A1)…</source>
        <translation>&amp;Import certificate (PKCS#12, ICP-Brasil A1)…</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="179"/>
        <source>Servidor de carimbo de tempo (RFC 3161)</source>
        <translation>Timestamp server (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="180"/>
        <source>Carimbo de &amp;tempo (TSA):</source>
        <translation>&amp;Timestamp (TSA):</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="194"/>
        <source>Esta instalação ainda não tem certificado: ele é criado na primeira exportação, ou importe o seu.</source>
        <translation>This installation has no certificate yet: it is created at the first export, or import your own.</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="203"/>
        <source>Certificado PKCS#12</source>
        <translation>PKCS#12 certificate</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="204"/>
        <source>Certificados (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="207"/>
        <source>Senha do certificado</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="208"/>
        <source>Senha do arquivo PKCS#12:</source>
        <translation>PKCS#12 file passphrase:</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="223"/>
        <source>O endereço do carimbo de tempo deve começar com http:// ou https://</source>
        <translation>The timestamp address must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/identity_dialogs.py" line="230"/>
        <source>Não foi possível gravar as configurações: {e}</source>
        <translation>Could not save the settings: {e}</translation>
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
    <name>TableInput</name>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="356"/>
        <source>Tabela — {title}</source>
        <translation>Table — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="358"/>
        <source>Setas andam entre as células; F2 ou digitar edita; Tab sai da tabela</source>
        <translation>Arrow keys move between cells; F2 or typing edits; Tab leaves the table</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="374"/>
        <source>Adicionar linha</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="375"/>
        <source>Adicionar linha — {title}</source>
        <translation>Add row — {title}</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="376"/>
        <source>Remover linha</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../aspectos_desktop/ui/answer_inputs.py" line="378"/>
        <source>Remover linha selecionada — {title}</source>
        <translation>Remove selected row — {title}</translation>
    </message>
</context>
</TS>

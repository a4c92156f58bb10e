<#ftl output_format="HTML">
<#-- What a question page is about and where else it leads: topics, names, figures, related questions. -->
<#macro aside page>
<#if page.topics?has_content || page.entities?has_content || page.related?has_content || page.figures?has_content>
<aside class="xrefs" aria-label="About this question">
  <#if page.topics?has_content>
  <section>
    <h2>Topics</h2>
    <ul class="chips"><#list page.topics as t><li><#if t.uri??><a href="${t.uri}">${t.label}</a><#else>${t.label}</#if></li></#list></ul>
  </section>
  </#if>
  <#if page.entities?has_content>
  <section>
    <h2>Named here</h2>
    <ul class="chips"><#list page.entities as e><li><#if e.uri??><a href="${e.uri}" class="kind-${e.kind}" title="${e.kind}">${e.name}</a><#else><span class="kind-${e.kind}" title="${e.kind}">${e.name}</span></#if></li></#list></ul>
  </section>
  </#if>
  <#if page.figures?has_content>
  <section>
    <h2>Figures</h2>
    <ul class="figures"><#list page.figures as f><li><a href="#${f.paragraph}">${f.text}</a> <span class="muted">(${f.counts}, ¶ ${f.paragraph?keep_after("-p")})</span></li></#list></ul>
  </section>
  </#if>
  <#if page.related?has_content>
  <section>
    <h2>Related questions</h2>
    <ul class="related"><#list page.related as r><li><a href="${r.uri}">${r.title}</a><#if r.interview?has_content> <span class="muted">in ${r.interview}</span></#if></li></#list></ul>
  </section>
  </#if>
</aside>
</#if>
</#macro>

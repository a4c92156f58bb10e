<#ftl output_format="HTML">
<#-- The topic and name indexes: groups of chips on one page, or (at archive size) the largest and a page per initial. -->
<#macro body root label>
<#if content.letter??>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="../index.html">${label}</a></li><li><span aria-current="page">${content.letter}</span></li></ol></nav>
</#if>
<h1>${content.title}</h1>
<#nested>
<p class="range">${content.total_text}.</p>
<#if content.split>
<nav class="index-letters" aria-label="${label} by initial"><ul class="chips"><#list content.letters as l><li><a href="${root}${l.uri}">${l.letter}</a> <span class="count">${l.count}</span></li></#list></ul></nav>
<section aria-labelledby="top">
<h2 id="top">Most frequent</h2>
<ul class="chips"><#list content.top as e><li><a href="${root}${e.uri}">${e.name}</a> <span class="count">${e.count}</span></li></#list></ul>
</section>
<#else>
<#list content.groups as g>
<section class="entity-group" aria-labelledby="kind-${g.kind}">
  <#if content.groups?size gt 1 || g.kind != "topic"><h2 id="kind-${g.kind}">${g.kind?cap_first}</h2><#else><h2 id="kind-${g.kind}" class="visually-hidden">${label}</h2></#if>
  <ul class="chips">
  <#list g.entries as e><li><a href="${root}${e.uri}">${e.name}</a> <span class="count">${e.count}</span></li></#list>
  </ul>
</section>
</#list>
</#if>
</#macro>

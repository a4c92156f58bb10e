<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Names" kind="index">
<h1>Names</h1>
<p class="intro">People, organisations, places, events and works named in the transcripts, with every place they are mentioned.</p>
<#list content.groups as g>
<section class="entity-group">
  <h2 id="kind-${g.kind}">${g.kind?cap_first}</h2>
  <ul class="chips">
  <#list g.entities as e><li><a href="${e.uri}">${e.name}</a> <span class="count">${e.count}</span></li></#list>
  </ul>
</section>
</#list>
</@layout.page>
